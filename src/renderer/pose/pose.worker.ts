/// <reference lib="webworker" />
/**
 * The pose worker: owns TF.js, MoveNet and the camera frames. It never touches the DOM, and
 * pixels never leave it — only keypoints, scores and timings go back to the page.
 */
import { ChangeGate } from '../../core/pose/change-gate';
import { toModelInput, MODEL_INPUT_SIZE } from '../../core/pose/model-input';
import type { Keypoint } from '../../core/pose/keypoints';
import { FrameReader } from './frame-reader';
import { ModelFileError } from './model-files';
import { PoseEngine } from './pose-engine';
import { epochNow, type FromWorker, type ToWorker } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const engine = new PoseEngine();
const frames = new FrameReader();
const gate = new ChangeGate();
let last: { keypoints: Keypoint[]; score: number } | null = null;
let changeGate = true;
let ready: Promise<unknown> = Promise.resolve();

function post(message: FromWorker): void {
  scope.postMessage(message);
}

async function init(message: Extract<ToWorker, { type: 'init' }>): Promise<void> {
  try {
    const result = await engine.init(message.modelBaseUrl, message.wasmPaths, message.preferredBackend);
    post({ type: 'ready', ...result });
  } catch (error) {
    if (error instanceof ModelFileError) post({ type: 'error', code: error.code, message: error.message, fatal: true });
    else
      post({
        type: 'error',
        code: 'no-backend',
        message: String(error instanceof Error ? error.message : error),
        fatal: true,
      });
  }
}

/** Answers a sample request with nothing, saying why. */
function fail(requestId: number, code: 'frame-failed' | 'stream-ended', message: string): void {
  post({ type: 'error', code, message, fatal: false });
  post({ type: 'sample', requestId, sample: null });
}

async function sample(requestId: number): Promise<void> {
  await ready;
  let frame;
  try {
    frame = await frames.next(epochNow);
  } catch (error) {
    return fail(requestId, 'frame-failed', String(error));
  }
  if (!frame) return fail(requestId, 'stream-ended', 'The camera stream ended.');
  const base = { width: frame.width, height: frame.height, luminance: frame.luminance, capturedAt: frame.takenAt };
  if (changeGate && last && !gate.decide(frame.thumbnail, frame.takenAt, true).analyse) {
    post({
      type: 'sample',
      requestId,
      sample: { ...base, copyMs: frame.copyMs, ...last, inferenceMs: 0, reused: true },
    });
    return;
  }
  let input;
  try {
    input = frame.modelInput();
  } catch (error) {
    return fail(requestId, 'frame-failed', String(error));
  }
  const started = performance.now();
  let result;
  try {
    result = await engine.estimate(input.pixels, input.box, frame.takenAt);
  } catch (error) {
    return fail(requestId, 'frame-failed', `Pose estimation failed: ${String(error)}`);
  }
  const inferenceMs = performance.now() - started;
  gate.analysed(frame.thumbnail, frame.takenAt);
  last = result;
  post({ type: 'sample', requestId, sample: { ...base, copyMs: frame.copyMs, ...result, inferenceMs, reused: false } });
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case 'init':
      ready = init(message);
      return;
    case 'attach':
      frames.attach(message.frames);
      // A new stream may be another camera: nothing seen before can be reused.
      gate.reset();
      last = null;
      return;
    case 'detach':
      frames.detach();
      return;
    case 'sample':
      void sample(message.requestId);
      return;
    case 'analyse-image':
      void ready.then(async () => {
        const { rgba, width, height } = message;
        const input = new Float32Array(MODEL_INPUT_SIZE * MODEL_INPUT_SIZE * 3);
        const box = toModelInput(
          'RGBA',
          new Uint8Array(rgba),
          [{ offset: 0, stride: width * 4 }],
          width,
          height,
          input,
        );
        const result = await engine.estimate(input, box, 0);
        post({
          type: 'sample',
          requestId: message.requestId,
          sample: {
            ...result,
            width: box.frameWidth,
            height: box.frameHeight,
            luminance: box.luminance,
            capturedAt: Date.now(),
            copyMs: 0,
            inferenceMs: 0,
            reused: false,
          },
        });
      });
      return;
    case 'configure':
      changeGate = message.changeGate;
      return;
    case 'measure-raw':
      void ready
        .then(() => engine.measureRaw(message.iterations, message.gapMs))
        .then((r) => post({ type: 'raw', ...r, iterations: message.iterations }));
      return;
  }
};
