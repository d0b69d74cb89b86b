import { Backoff } from '../../core/backoff';
import type { PoseEngineReason, PoseEngineStatus } from '../../core/app/app-state';
import type { PoseSample } from '../../core/pose/keypoints';
import type { Region } from '../../core/pose/model-input';
import {
  epochNow,
  type FromWorker,
  type ModelMemory,
  type PoseBackend,
  type ToWorker,
  type ViewRequest,
  type WasmPaths,
  type WorkerSample,
} from './protocol';

export interface EngineReport {
  status: PoseEngineStatus;
  reason: PoseEngineReason | null;
  detail: string | null;
  backend: PoseBackend | null;
  inferenceMs: number | null;
  modelLoadMs: number | null;
  probed: boolean;
}

export interface PoseWorkerClientOptions {
  createWorker: () => Worker;
  modelBaseUrl: string;
  wasmPaths: WasmPaths;
  preferredBackend: () => PoseBackend | null;
  /** A fresh stream of camera frames for a (re)started worker; null while the camera is off. */
  openFrames: () => ReadableStream<VideoFrame> | null;
  onEngine: (report: EngineReport) => void;
  /** A frame could not be read because the stream ended (camera stopped or unplugged). */
  onStreamEnded: () => void;
  /** No answer within this time means the worker hung: it is replaced. */
  sampleTimeoutMs?: number;
  initTimeoutMs?: number;
}

export interface SampleResult extends WorkerSample {
  frameToKeypointsMs: number;
}

/** A worker's answer as the posture core sees a sample. */
export function toPoseSample(result: SampleResult, backend: PoseBackend | null): PoseSample {
  return {
    keypoints: result.keypoints,
    score: result.score,
    frameWidth: result.width,
    frameHeight: result.height,
    luminance: result.luminance,
    capturedAt: result.capturedAt,
    timings: { copyMs: result.copyMs, inferenceMs: result.inferenceMs, frameToKeypointsMs: result.frameToKeypointsMs },
    backend: backend ?? 'unknown',
    reused: result.reused,
    scene: result.scene ?? null,
  };
}

/**
 * The page's handle on the pose worker. It starts the worker, hands it the camera frames, asks
 * for samples, and replaces the worker with back-off when it crashes or stops answering. Fatal
 * problems (a missing or damaged model) are reported once and not retried.
 */
export class PoseWorkerClient {
  private worker: Worker | null = null;
  private ready = false;
  private failed = false;
  private nextRequestId = 1;
  private readonly pending = new Map<number, (sample: WorkerSample | null) => void>();
  private readonly backoff = new Backoff(1000, 60_000);
  private watchdog: ReturnType<typeof setTimeout> | null = null;
  private restartTimer: ReturnType<typeof setTimeout> | null = null;
  private rawWaiter: ((r: { medianMs: number; p95Ms: number }) => void) | null = null;
  /** The worker answers in the order asked. */
  private memoryWaiters: ((memory: ModelMemory | null) => void)[] = [];
  backend: PoseBackend | null = null;

  constructor(private readonly options: PoseWorkerClientOptions) {}

  get isReady(): boolean {
    return this.ready;
  }

  start(): void {
    if (this.worker || this.failed) return;
    const worker = this.options.createWorker();
    this.worker = worker;
    this.ready = false;
    worker.onmessage = (event: MessageEvent<FromWorker>) => this.handle(event.data);
    worker.onerror = (event) => {
      event.preventDefault();
      this.restart('crashed', event.message || null);
    };
    this.options.onEngine({
      status: 'loading',
      reason: null,
      detail: null,
      backend: null,
      inferenceMs: null,
      modelLoadMs: null,
      probed: false,
    });
    this.send({
      type: 'init',
      modelBaseUrl: this.options.modelBaseUrl,
      wasmPaths: this.options.wasmPaths,
      preferredBackend: this.options.preferredBackend(),
    });
    this.arm(this.options.initTimeoutMs ?? 60_000, 'init-timeout');
  }

  /** Gives the worker the current camera stream (after the camera (re)opens). */
  attachFrames(): void {
    const frames = this.options.openFrames();
    if (frames && this.worker) this.send({ type: 'attach', frames }, [frames as unknown as Transferable]);
  }

  detachFrames(): void {
    if (this.worker) this.send({ type: 'detach' });
  }

  /** Analyses the newest frame; null when there was no frame or the worker had to be replaced. */
  sample(view: ViewRequest = null): Promise<SampleResult | null> {
    return this.request((requestId) => ({ type: 'sample', requestId, view }));
  }

  /** The last camera frame (or still image) again, only `region` of it; null if it is gone. */
  relook(region: Region, of: 'frame' | 'image' = 'frame'): Promise<SampleResult | null> {
    return this.request((requestId) => ({ type: 'relook', requestId, of, region }));
  }

  /**
   * One frame analysis under the hang watchdog. Latency runs from the later of the request and
   * the frame's capture (a second look at a held frame counts from its request).
   */
  private request(message: (requestId: number) => ToWorker): Promise<SampleResult | null> {
    if (!this.worker || !this.ready) return Promise.resolve(null);
    const requestId = this.nextRequestId++;
    const requestedAt = epochNow();
    return new Promise((resolve) => {
      this.pending.set(requestId, (sample) => {
        resolve(
          sample
            ? { ...sample, frameToKeypointsMs: Math.max(0, epochNow() - Math.max(sample.capturedAt, requestedAt)) }
            : null,
        );
      });
      this.send(message(requestId));
      this.arm(this.options.sampleTimeoutMs ?? 15_000, 'hung');
    });
  }

  /** Evaluation: keypoints of one still image (RGBA), analysed on its own. */
  analyseImage(rgba: ArrayBuffer, width: number, height: number, view: ViewRequest): Promise<WorkerSample | null> {
    if (!this.worker || !this.ready) return Promise.resolve(null);
    const requestId = this.nextRequestId++;
    return new Promise((resolve) => {
      this.pending.set(requestId, resolve);
      this.send({ type: 'analyse-image', requestId, rgba, width, height, view }, [rgba]);
    });
  }

  configure(changeGate: boolean): void {
    this.send({ type: 'configure', changeGate });
  }

  measureRaw(iterations: number, gapMs = 0): Promise<{ medianMs: number; p95Ms: number }> {
    return new Promise((resolve) => {
      this.rawWaiter = resolve;
      this.send({ type: 'measure-raw', iterations, gapMs });
    });
  }

  /** What TF.js holds in the worker; null when no worker is ready to say. */
  modelMemory(): Promise<ModelMemory | null> {
    if (!this.worker || !this.ready) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.memoryWaiters.push(resolve);
      this.send({ type: 'model-memory' });
    });
  }

  stop(): void {
    this.clearTimers();
    this.worker?.terminate();
    this.worker = null;
    this.ready = false;
    this.settleAll();
  }

  private handle(message: FromWorker): void {
    switch (message.type) {
      case 'ready':
        this.ready = true;
        this.backend = message.backend;
        this.backoff.reset();
        this.disarm();
        this.options.onEngine({
          status: 'ready',
          // Without WebAssembly the model runs on plain JavaScript, many times slower.
          reason: message.backend === 'cpu' ? 'cpu-backend' : null,
          detail: null,
          backend: message.backend,
          inferenceMs: message.inferenceMs,
          modelLoadMs: Math.round(message.modelLoadMs),
          probed: message.probe !== null,
        });
        this.attachFrames();
        return;
      case 'sample': {
        const settle = this.pending.get(message.requestId);
        this.pending.delete(message.requestId);
        if (this.pending.size === 0) this.disarm();
        settle?.(message.sample);
        return;
      }
      case 'error':
        if (message.fatal) {
          this.failed = true;
          this.stop();
          this.options.onEngine({
            status: 'failed',
            reason: message.code === 'model-missing' || message.code === 'model-corrupt' ? message.code : 'init-failed',
            detail: message.message,
            backend: null,
            inferenceMs: null,
            modelLoadMs: null,
            probed: false,
          });
        } else if (message.code === 'stream-ended') {
          this.options.onStreamEnded();
        } else {
          console.warn(`Stand Tall pose worker: ${message.message}`);
        }
        return;
      case 'raw':
        this.rawWaiter?.({ medianMs: message.medianMs, p95Ms: message.p95Ms });
        this.rawWaiter = null;
        return;
      case 'model-memory':
        this.memoryWaiters.shift()?.({ tensors: message.tensors, bytes: message.bytes });
        return;
    }
  }

  private restart(reason: PoseEngineReason, detail: string | null = null): void {
    if (this.failed) return;
    this.stop();
    const delay = this.backoff.nextDelayMs();
    this.options.onEngine({
      status: 'restarting',
      reason,
      detail,
      backend: null,
      inferenceMs: null,
      modelLoadMs: null,
      probed: false,
    });
    this.restartTimer = setTimeout(() => {
      this.restartTimer = null;
      this.start();
    }, delay);
  }

  private send(message: ToWorker, transfer: Transferable[] = []): void {
    this.worker?.postMessage(message, transfer);
  }

  private arm(ms: number, reason: PoseEngineReason): void {
    this.disarm();
    this.watchdog = setTimeout(() => this.restart(reason), ms);
  }

  private disarm(): void {
    if (this.watchdog) clearTimeout(this.watchdog);
    this.watchdog = null;
  }

  private clearTimers(): void {
    this.disarm();
    if (this.restartTimer) clearTimeout(this.restartTimer);
    this.restartTimer = null;
  }

  private settleAll(): void {
    for (const settle of this.pending.values()) settle(null);
    this.pending.clear();
    for (const settle of this.memoryWaiters.splice(0)) settle(null);
  }
}
