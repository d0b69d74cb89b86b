/**
 * TF.js and MoveNet inside the pose worker: backend selection by an on-device probe, model
 * loading from verified files, and per-frame inference on pixels the worker owns.
 */
import * as poseDetection from '@tensorflow-models/pose-detection';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { loadGraphModel, type GraphModel } from '@tensorflow/tfjs-converter';
import * as tf from '@tensorflow/tfjs-core';
import { KEYPOINT_NAMES, type Keypoint } from '../../core/pose/keypoints';
import { fromModelInput, MODEL_INPUT_SIZE, type Letterbox } from '../../core/pose/model-input';
import { median, quantile } from '../../core/stats';
import { loadVerifiedModel, type ModelArtifactsLike } from './model-files';
import type { ModelMemory, PoseBackend, ProbeResult, WasmPaths } from './protocol';

/** True only for a real GPU: WebGL on a software rasteriser is ~15× slower than WASM here. */
function hasHardwareWebGL(): boolean {
  if (typeof OffscreenCanvas === 'undefined') return false;
  try {
    const gl = new OffscreenCanvas(1, 1).getContext('webgl2');
    if (!gl) return false;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const renderer = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return !/swiftshader|llvmpipe|softpipe|software|basic render/i.test(renderer);
  } catch {
    return false;
  }
}

async function activate(backend: PoseBackend): Promise<boolean> {
  if (backend === 'webgl') {
    if (!hasHardwareWebGL()) return false;
    // Loaded only where a GPU exists, so machines without one never download or parse it.
    await import('@tensorflow/tfjs-backend-webgl');
  }
  // The CPU backend is a last resort (~40× slower): its code is loaded only if it is needed.
  if (backend === 'cpu') await import('@tensorflow/tfjs-backend-cpu');
  try {
    return await tf.setBackend(backend);
  } catch {
    return false;
  }
}

/** Times the bare model; `gapMs` idles between runs, as frames do, instead of a tight loop. */
async function timeRawModel(model: GraphModel, iterations: number, gapMs = 0): Promise<number[]> {
  const input = tf.tidy(() => tf.randomUniform([1, MODEL_INPUT_SIZE, MODEL_INPUT_SIZE, 3], 0, 255, 'int32'));
  const times: number[] = [];
  try {
    for (let i = 0; i < iterations; i++) {
      const started = performance.now();
      const output = model.execute(input) as tf.Tensor;
      await output.data();
      output.dispose();
      times.push(performance.now() - started);
      if (gapMs > 0) await new Promise((resolve) => setTimeout(resolve, gapMs));
    }
  } finally {
    input.dispose();
  }
  return times;
}

async function rawModel(artifacts: ModelArtifactsLike): Promise<GraphModel> {
  return loadGraphModel(tf.io.fromMemory(artifacts as tf.io.ModelArtifacts));
}

export interface EngineReady {
  backend: PoseBackend;
  modelLoadMs: number;
  probe: ProbeResult[] | null;
  inferenceMs: number | null;
}

export class PoseEngine {
  private detector: poseDetection.PoseDetector | null = null;
  private artifacts: ModelArtifactsLike | null = null;
  backend: PoseBackend | null = null;

  /**
   * Loads the verified model on the cached backend if there is one, else probes the candidates
   * (a hardware GPU first, then WASM SIMD) and keeps the fastest. The CPU backend (~40× slower)
   * is a last resort that the UI reports, never a silent fallback.
   */
  async init(modelBaseUrl: string, wasmPaths: WasmPaths, preferred: PoseBackend | null): Promise<EngineReady> {
    const started = performance.now();
    setWasmPaths(wasmPaths as unknown as Record<string, string>);
    this.artifacts = await loadVerifiedModel(modelBaseUrl);
    let probe: ProbeResult[] | null = null;
    let inferenceMs: number | null = null;
    let chosen: PoseBackend | null = preferred && (await activate(preferred)) ? preferred : null;
    if (!chosen) {
      probe = await this.probe();
      const usable = probe.filter((p) => p.ms !== null).sort((a, b) => a.ms! - b.ms!);
      const best = usable[0];
      if (best) {
        chosen = best.backend;
        inferenceMs = best.ms;
      } else if (await activate('cpu')) {
        chosen = 'cpu';
      } else {
        throw new Error('No TF.js backend could start (WebGL, WASM and CPU all failed).');
      }
      await activate(chosen);
    }
    this.backend = chosen;
    this.detector = await poseDetection.createDetector(poseDetection.SupportedModels.MoveNet, {
      modelType: poseDetection.movenet.modelType.SINGLEPOSE_LIGHTNING,
      modelUrl: { load: async () => this.artifacts as tf.io.ModelArtifacts },
      // Off on purpose: frames are ~1 s apart, each is analysed on its own (see estimate), and
      // decisions are smoothed over time in the posture state machine instead.
      enableSmoothing: false,
      // Keep weak poses: each keypoint is gated by its own score downstream, and a dim room or a
      // dropped head must read as "weak keypoints", not as "nobody there". (0 would be read as
      // "unset" by pose-detection and replaced by its default of 0.25.)
      minPoseScore: 0.01,
    });
    const modelLoadMs = performance.now() - started;
    // One warm-up run so the first real frame does not pay for kernel set-up.
    const blank = tf.zeros([MODEL_INPUT_SIZE, MODEL_INPUT_SIZE, 3], 'float32') as tf.Tensor3D;
    await this.detector.estimatePoses(blank, { flipHorizontal: false });
    blank.dispose();
    return { backend: chosen, modelLoadMs, probe, inferenceMs };
  }

  private async probe(): Promise<ProbeResult[]> {
    const results: ProbeResult[] = [];
    for (const backend of ['webgl', 'wasm'] as const) {
      if (!(await activate(backend))) {
        results.push({ backend, ms: null, error: 'unavailable' });
        continue;
      }
      try {
        const model = await rawModel(this.artifacts!);
        const times = await timeRawModel(model, 4);
        model.dispose();
        results.push({ backend, ms: median(times.slice(1)) });
      } catch (error) {
        results.push({ backend, ms: null, error: String(error) });
      }
    }
    return results;
  }

  /**
   * Runs MoveNet on the model's square input (see toModelInput), on its own: the crop region
   * pose-detection would carry over from the previous frame is reset first. Frames are seconds
   * apart and the change gate reuses a result while the picture stays still, so a result must
   * never depend on an older frame (a crop left over from a slump skewed the first upright frame
   * after it). It also makes live frames, calibration and the evaluation of still photos agree.
   * Keypoints come back in the frame's coordinates.
   */
  async estimate(
    input: Float32Array,
    box: Letterbox,
    timestampMs: number,
  ): Promise<{ keypoints: Keypoint[]; score: number }> {
    if (!this.detector) throw new Error('pose engine not initialised');
    // Already square and model-sized, so pose-detection's crop is the whole image at scale 1.
    const size = MODEL_INPUT_SIZE;
    const image = tf.tensor3d(input.subarray(0, size * size * 3), [size, size, 3], 'float32');
    this.detector.reset();
    try {
      const poses = await this.detector.estimatePoses(image, { flipHorizontal: false }, timestampMs);
      const pose = poses[0];
      if (!pose) return { keypoints: [], score: 0 };
      const keypoints = pose.keypoints.map((k, index) => ({
        name: KEYPOINT_NAMES[index]!,
        x: k.x,
        y: k.y,
        score: k.score ?? 0,
      }));
      return { keypoints: fromModelInput(keypoints, box), score: pose.score ?? 0 };
    } finally {
      image.dispose();
    }
  }

  /** What TF.js holds now: steady after the first frame, or a frame's tensors are leaking. */
  memory(): ModelMemory {
    const { numTensors, numBytes } = tf.memory();
    return { tensors: numTensors, bytes: numBytes };
  }

  /** Benchmark: the bare model on a 192×192 input, on the active backend. */
  async measureRaw(iterations: number, gapMs = 0): Promise<{ medianMs: number; p95Ms: number }> {
    const model = await rawModel(this.artifacts!);
    try {
      const times = (await timeRawModel(model, iterations + 2, gapMs)).slice(2);
      return { medianMs: median(times) ?? NaN, p95Ms: quantile(times, 0.95) ?? NaN };
    } finally {
      model.dispose();
    }
  }
}
