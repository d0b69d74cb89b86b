/// <reference lib="webworker" />
/**
 * The pose worker: owns TF.js, MoveNet and the camera frames. It never touches the DOM, and
 * pixels never leave it — only keypoints, scores, timings and a scene fingerprint (five levels of
 * brightness along the frame's border, scene.ts) go back to the page.
 */
import { ChangeGate } from '../../core/pose/change-gate';
import type { Keypoint } from '../../core/pose/keypoints';
import {
  frameSize,
  MODEL_INPUT_SIZE,
  toModelInput,
  viewRegion,
  type FrameSource,
  type Region,
} from '../../core/pose/model-input';
import { lumaSummary, THUMB_COLUMNS, THUMB_ROWS } from '../../core/pose/frame-convert';
import { sceneFingerprint, type SceneFingerprint } from '../../core/pose/scene';
import { viewOfSample, zoomedOutView } from '../../core/posture/framing';
import { FrameReader } from './frame-reader';
import { ModelFileError } from './model-files';
import { PoseEngine } from './pose-engine';
import { epochNow, type FromWorker, type ToWorker, type ViewRequest, type WorkerSample } from './protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const engine = new PoseEngine();
const frames = new FrameReader();
const gate = new ChangeGate();
const input = new Float32Array(MODEL_INPUT_SIZE * MODEL_INPUT_SIZE * 3);
let last: { keypoints: Keypoint[]; score: number } | null = null;
/** The view `last` was found in: a frame looked at another way is analysed afresh. */
let lastView = '';
/**
 * The last camera frame and the last still image, kept so a region can be looked at again
 * (relook): a second look sees the same place, so it keeps the frame's scene fingerprint.
 */
type HeldSource = { source: FrameSource; capturedAt: number; luminance: number; scene: SceneFingerprint | null };
const held: Record<'frame' | 'image', HeldSource | null> = { frame: null, image: null };
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

/** Converts the source (or a region of it) into the model's input and runs the model. */
async function analyse(
  source: FrameSource,
  region: Region | null,
  timestampMs: number,
): Promise<{
  keypoints: Keypoint[];
  score: number;
  width: number;
  height: number;
  luminance: number;
  convertMs: number;
  inferenceMs: number;
}> {
  const converting = performance.now();
  const box = toModelInput(source, input, region);
  const started = performance.now();
  const result = await engine.estimate(input, box, timestampMs);
  return {
    ...result,
    width: box.frameWidth,
    height: box.frameHeight,
    luminance: box.luminance,
    convertMs: started - converting,
    inferenceMs: performance.now() - started,
  };
}

type Analysis = Awaited<ReturnType<typeof analyse>>;

/**
 * Analyses the source framed on the face it shows: the whole frame first, then (when the model
 * found no face there) the frame zoomed out, then the view framed on the face found. Timings add
 * up every run.
 */
async function selfFramed(source: FrameSource, timestampMs: number): Promise<Analysis> {
  const pointsOf = (run: Analysis) => ({ keypoints: run.keypoints, frameWidth: run.width, frameHeight: run.height });
  const runs = [await analyse(source, null, timestampMs)];
  let view = viewOfSample(pointsOf(runs[0]!));
  if (!view) {
    runs.push(await analyse(source, viewRegion(zoomedOutView(frameSize(source)), source), timestampMs));
    view = viewOfSample(pointsOf(runs[1]!));
  }
  const region = viewRegion(view, source);
  const framed = region ? await analyse(source, region, timestampMs) : runs[0]!;
  if (region) runs.push(framed);
  return {
    ...framed,
    convertMs: runs.reduce((sum, run) => sum + run.convertMs, 0),
    inferenceMs: runs.reduce((sum, run) => sum + run.inferenceMs, 0),
  };
}

/** Analyses the source as the request frames it (see ViewRequest). */
function analyseIn(source: FrameSource, view: ViewRequest, timestampMs: number): Promise<Analysis> {
  return view === 'self-framed'
    ? selfFramed(source, timestampMs)
    : analyse(source, viewRegion(view, source), timestampMs);
}

async function sample(requestId: number, view: ViewRequest): Promise<void> {
  await ready;
  let frame;
  try {
    frame = await frames.next(epochNow);
  } catch (error) {
    return fail(requestId, 'frame-failed', String(error));
  }
  if (!frame) return fail(requestId, 'stream-ended', 'The camera stream ended.');
  const base = {
    width: frame.width,
    height: frame.height,
    luminance: frame.luminance,
    capturedAt: frame.takenAt,
    scene: sceneFingerprint(frame.thumbnail),
  };
  held.frame = { source: frame.source, capturedAt: frame.takenAt, luminance: frame.luminance, scene: base.scene };
  const viewKey = JSON.stringify(view);
  // How long a result has been reused is a duration: timed on the monotonic clock, which a wall
  // clock set back cannot hold still (frames are stamped with the wall clock, epochNow).
  const gateNow = performance.now();
  if (changeGate && last && viewKey === lastView && !gate.decide(frame.thumbnail, gateNow, true).analyse) {
    post({
      type: 'sample',
      requestId,
      sample: { ...base, copyMs: frame.copyMs, ...last, inferenceMs: 0, reused: true },
    });
    return;
  }
  let result;
  try {
    result = await analyseIn(frame.source, view, frame.takenAt);
  } catch (error) {
    return fail(requestId, 'frame-failed', `Pose estimation failed: ${String(error)}`);
  }
  gate.analysed(frame.thumbnail, gateNow);
  last = { keypoints: result.keypoints, score: result.score };
  lastView = viewKey;
  post({
    type: 'sample',
    requestId,
    sample: {
      ...base,
      ...last,
      copyMs: frame.copyMs + result.convertMs,
      inferenceMs: result.inferenceMs,
      reused: false,
    },
  });
}

/** The same frame (or image) again, looking only at `region` (where the calibrated user sits). */
async function relook(requestId: number, of: 'frame' | 'image', region: Region): Promise<void> {
  await ready;
  const source = held[of];
  if (!source) return post({ type: 'sample', requestId, sample: null });
  try {
    const result = await analyse(source.source, region, source.capturedAt);
    // Camera frames the change gate reuses from now on show what this second look saw.
    if (of === 'frame') last = { keypoints: result.keypoints, score: result.score };
    const sample: WorkerSample = {
      keypoints: result.keypoints,
      score: result.score,
      width: result.width,
      height: result.height,
      luminance: source.luminance,
      capturedAt: source.capturedAt,
      scene: source.scene,
      copyMs: result.convertMs,
      inferenceMs: result.inferenceMs,
      reused: false,
    };
    post({ type: 'sample', requestId, sample });
  } catch (error) {
    fail(requestId, 'frame-failed', `Pose estimation failed: ${String(error)}`);
  }
}

/** A still image's scene fingerprint, from the same luma thumbnail camera frames give the change gate. */
function stillScene(source: FrameSource): SceneFingerprint | null {
  const thumbnail = new Float32Array(THUMB_COLUMNS * THUMB_ROWS);
  lumaSummary(source.format, source.data, source.planes, source.width, source.height, thumbnail);
  return sceneFingerprint(thumbnail);
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
      held.frame = null;
      return;
    case 'detach':
      frames.detach();
      held.frame = null;
      return;
    case 'sample':
      void sample(message.requestId, message.view);
      return;
    case 'relook':
      void relook(message.requestId, message.of, message.region);
      return;
    case 'analyse-image':
      void ready.then(async () => {
        const { rgba, width, height } = message;
        const source: FrameSource = {
          format: 'RGBA',
          data: new Uint8Array(rgba),
          planes: [{ offset: 0, stride: width * 4 }],
          width,
          height,
        };
        const capturedAt = Date.now();
        const result = await analyseIn(source, message.view, 0);
        const scene = stillScene(source);
        held.image = { source, capturedAt, luminance: result.luminance, scene };
        post({
          type: 'sample',
          requestId: message.requestId,
          sample: {
            keypoints: result.keypoints,
            score: result.score,
            width: result.width,
            height: result.height,
            luminance: result.luminance,
            capturedAt,
            scene,
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
    case 'model-memory':
      void ready.then(() => post({ type: 'model-memory', ...engine.memory() }));
      return;
  }
};
