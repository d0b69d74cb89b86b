import type { Keypoint } from '../../core/pose/keypoints';
import type { AnalysisView, Region } from '../../core/pose/model-input';
import type { SceneFingerprint } from '../../core/pose/scene';

/** Backends the worker may run on, best first when a probe ties. */
export type PoseBackend = 'webgl' | 'wasm' | 'cpu';

export type PoseErrorCode = 'model-missing' | 'model-corrupt' | 'no-backend' | 'frame-failed' | 'stream-ended';

/**
 * The WASM binaries, served from the app bundle (tfjs wants all three named). The threaded one is
 * only fetched on cross-origin-isolated pages, which Stand Tall's are not: threads gave no
 * speed-up on 2 vCPUs (notes/pose-spike.md).
 */
export interface WasmPaths {
  'tfjs-backend-wasm.wasm': string;
  'tfjs-backend-wasm-simd.wasm': string;
  'tfjs-backend-wasm-threaded-simd.wasm': string;
}

/**
 * How the model is to look at a frame: in a view (framed on the calibrated face), at the whole
 * frame (null), or 'self-framed' — framed on the face the whole frame shows (a second model run
 * when that face is close; calibration frames, which have no calibration to be framed on yet).
 */
export type ViewRequest = AnalysisView | 'self-framed' | null;

export type ToWorker =
  | { type: 'init'; modelBaseUrl: string; wasmPaths: WasmPaths; preferredBackend: PoseBackend | null }
  /** The camera track's frames, transferred: the page never touches a frame. */
  | { type: 'attach'; frames: ReadableStream<VideoFrame> }
  | { type: 'detach' }
  /** Take the newest frame now and analyse it. `requestedAt` is epoch ms. */
  | { type: 'sample'; requestId: number; view: ViewRequest }
  /**
   * Analyse the last camera frame (or still image) again, looking only at `region` (frame
   * coordinates): the person found was not the calibrated user, who is looked for where they sat
   * at calibration.
   */
  | { type: 'relook'; requestId: number; of: 'frame' | 'image'; region: Region }
  /** Evaluation: analyse one still image on its own (no smoothing or crop carried over). */
  | { type: 'analyse-image'; requestId: number; rgba: ArrayBuffer; width: number; height: number; view: ViewRequest }
  /** Benchmarks switch change-gated reuse off to reproduce "run the model on every frame". */
  | { type: 'configure'; changeGate: boolean }
  /** Benchmark: time the bare model on a 192×192 input, in this worker. */
  | { type: 'measure-raw'; iterations: number; gapMs: number }
  /** Benchmarks and tests: what TF.js holds in this worker (a leak would grow it frame by frame). */
  | { type: 'model-memory' };

export interface ProbeResult {
  backend: PoseBackend;
  /** Median inference of the bare model, or null when the backend could not start. */
  ms: number | null;
  error?: string;
}

export interface WorkerSample {
  keypoints: Keypoint[];
  score: number;
  width: number;
  height: number;
  luminance: number;
  /** Epoch ms when the frame was taken from the stream. */
  capturedAt: number;
  copyMs: number;
  inferenceMs: number;
  /** The picture had not changed since the last analysis: its keypoints were reused, no model run. */
  reused: boolean;
  /** The frame's (or still image's) scene fingerprint; a second look keeps the frame's. */
  scene?: SceneFingerprint | null;
}

export type FromWorker =
  | {
      type: 'ready';
      backend: PoseBackend;
      modelLoadMs: number;
      probe: ProbeResult[] | null;
      inferenceMs: number | null;
    }
  | { type: 'sample'; requestId: number; sample: WorkerSample | null }
  | { type: 'error'; code: PoseErrorCode; message: string; fatal: boolean }
  | { type: 'raw'; medianMs: number; p95Ms: number; iterations: number }
  | ({ type: 'model-memory' } & ModelMemory);

/** Tensors TF.js holds in the worker, and their bytes: the model's weights, and nothing per frame. */
export interface ModelMemory {
  tensors: number;
  bytes: number;
}

/**
 * Epoch milliseconds that agree between the page and its worker, and with the app's own clock:
 * the wall clock. Not `performance.timeOrigin + performance.now()`: Chromium's monotonic clock
 * stops while a Linux or macOS machine sleeps, so after each suspend that sum lags the wall clock
 * by the time asleep. Frames stamped with it made the dashboard say a slouch began an hour before
 * it did, and an all-day slouch seem to have lasted since before the lid closed.
 */
export function epochNow(): number {
  return Date.now();
}
