/**
 * The person's outline in a photo, from MediaPipe's selfie segmentation (a TF.js graph model kept
 * in scripts/assets, run on TF.js's CPU backend in Node): what make:plain-wall paints round.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import { photoRgb } from './photo-files';

const MODEL_DIR = fileURLToPath(new URL('./assets/selfie-segmentation/', import.meta.url));
/** The model's square input, in pixels. */
const INPUT = 256;

export type PersonSegmenter = (file: string, size: { width: number; height: number }) => Float32Array;

/** Loads the model once; the segmenter gives each pixel's likelihood of being the person. */
export async function personSegmenter(): Promise<PersonSegmenter> {
  await tf.setBackend('cpu');
  const topology = JSON.parse(readFileSync(join(MODEL_DIR, 'selfie.json'), 'utf8'));
  const weights = readFileSync(join(MODEL_DIR, 'selfie.bin'));
  const model: GraphModel = await loadGraphModel(
    tf.io.fromMemory({
      modelTopology: topology.modelTopology,
      weightSpecs: topology.weightsManifest[0].weights,
      weightData: weights.buffer.slice(weights.byteOffset, weights.byteOffset + weights.byteLength),
    }),
  );
  return (file, { width, height }) => {
    const small = photoRgb(file, INPUT, INPUT);
    return tf.tidy(() => {
      const input = tf.tensor4d(
        Float32Array.from(small, (v) => v / 255),
        [1, INPUT, INPUT, 3],
      );
      const likely = model.predict(input) as tf.Tensor4D;
      return tf.image.resizeBilinear(likely, [height, width]).dataSync() as Float32Array;
    });
  };
}
