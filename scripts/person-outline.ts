/**
 * The person's outline in a photo, from MediaPipe's selfie segmentation (a TF.js graph model kept
 * in scripts/assets, run on TF.js's CPU backend in Node): what make:plain-wall paints round.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs-core';
import '@tensorflow/tfjs-backend-cpu';
import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import { photoRgb } from './photo-files';

const MODEL_DIR = fileURLToPath(new URL('./assets/selfie-segmentation/', import.meta.url));
/** The model's square input, in pixels. */
const INPUT = 256;

/** The model's files as copied (scripts/assets/selfie-segmentation/README.md): checked before use. */
export const OUTLINE_MODEL_FILES = {
  topology: { name: 'selfie.json', sha256: '8b7f5f95c0159a83a7240b1298a67012cfffd0396bfa653bdf452913610e9a88' },
  weights: { name: 'selfie.bin', sha256: '8f57aaa72dc068a50bd37c232d2e073e107912241e459002e1480876676f382a' },
} as const;

/** A model file's bytes, refused with a clear error when it is missing or not the file copied. */
export function outlineModelFile(file: { name: string; sha256: string }, dir: string = MODEL_DIR): Buffer {
  const path = join(dir, file.name);
  if (!existsSync(path)) throw new Error(`the person outline model is missing: ${path}`);
  const bytes = readFileSync(path);
  const sum = createHash('sha256').update(bytes).digest('hex');
  if (sum !== file.sha256) throw new Error(`the person outline model is not the one copied (SHA-256 ${sum}): ${path}`);
  return bytes;
}

export type PersonSegmenter = (file: string, size: { width: number; height: number }) => Float32Array;

/** Loads the model once; the segmenter gives each pixel's likelihood of being the person. */
export async function personSegmenter(): Promise<PersonSegmenter> {
  await tf.setBackend('cpu');
  const topology = JSON.parse(outlineModelFile(OUTLINE_MODEL_FILES.topology).toString('utf8'));
  const weights = outlineModelFile(OUTLINE_MODEL_FILES.weights);
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
