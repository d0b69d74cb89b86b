import {
  activeProfile,
  isCalibrating,
  isLiveViewActive,
  shouldCameraRun,
  type AppState,
  type CameraReason,
  type CameraState,
  type CameraStatus,
} from '../../core/app/app-state';
import { CalibrationFraming } from '../../core/posture/calibration-framing';
import { calibratedView } from '../../core/posture/framing';
import { followUser } from '../../core/posture/person-lock';
import type { UnknownReason } from '../../core/posture/classifier';
import { PostureTracker } from '../../core/posture/posture-tracker';
import type { PostureState } from '../../core/posture/state-machine';
import type { PoseSample } from '../../core/pose/keypoints';
import type { Region } from '../../core/pose/model-input';
import { DarknessDetector } from '../../core/pose/luminance';
import { AdaptiveSampler, captureFrameRateFor } from '../../core/pose/sampler';
import { SceneWatch } from '../../core/pose/scene';
import { AnswerWatch } from '../../core/answer-watch';
import { LightWatch } from '../../core/posture/light';
import { placeLooks } from '../../core/posture/place-looks';
import type { Settings } from '../../core/settings/schema';
import type { StandTallApi } from '../../platform/contract';
import { Camera } from './camera';
import { CameraKeeper } from './camera-keeper';
import type { ModelMemory, PoseBackend, ViewRequest, WasmPaths } from './protocol';
import { decodeImage, stillKeypoints, type StillKeypoints } from './still-images';
import { PoseWorkerClient, toPoseSample, type SampleResult } from './worker-client';

export interface PoseMonitorOptions {
  api: StandTallApi;
  createWorker: () => Worker;
  modelBaseUrl: string;
  wasmPaths: WasmPaths;
  camera?: Camera;
  media?: MediaDevices;
}

/**
 * The monitor: camera on while monitoring is allowed and off (light out) while paused; frames
 * sampled at the adaptive rate and analysed in the pose worker; camera and worker states reported
 * to the host, and each sample's keypoints shared with the views.
 */
export class PoseMonitor {
  private state!: AppState;
  private settings!: Settings;
  private readonly camera: Camera;
  private readonly keeper: CameraKeeper;
  private readonly media: MediaDevices;
  private readonly worker: PoseWorkerClient;
  private readonly sampler = new AdaptiveSampler();
  private readonly darkness = new DarknessDetector();
  private readonly scene = new SceneWatch();
  private readonly light = new LightWatch();
  private readonly unjudged = new AnswerWatch<UnknownReason | null>();
  private readonly posture = new PostureTracker(Date.now());
  private calibrating = false;
  private readonly calibrationFraming = new CalibrationFraming();
  private sampleTimer: ReturnType<typeof setTimeout> | null = null;
  private sampling = false;
  private liveView = false;
  private lastReported: CameraState | null = null;
  private fixedIntervalMs: number | null = null;
  private readonly unsubscribe: (() => void)[] = [];
  /** Recent samples, for diagnostics and benchmarks (keypoints only). */
  readonly recent: SampleResult[] = [];

  constructor(private readonly options: PoseMonitorOptions) {
    this.camera = options.camera ?? new Camera(options.media);
    this.media = options.media ?? navigator.mediaDevices;
    this.worker = new PoseWorkerClient({
      createWorker: options.createWorker,
      modelBaseUrl: options.modelBaseUrl,
      wasmPaths: options.wasmPaths,
      preferredBackend: () => (this.state.pose.backend as PoseBackend | null) ?? null,
      openFrames: () => this.camera.openFrames(),
      onEngine: (report) => void options.api.run({ type: 'report-pose-engine', ...report }),
      onStreamEnded: () => this.keeper.trackEnded(),
    });
    this.keeper = new CameraKeeper(this.camera, {
      deviceId: () => this.settings.monitoring.cameraDeviceId,
      allowed: () => shouldCameraRun(this.state, this.now()),
      opened: () => {
        this.worker.attachFrames();
        this.schedule(0);
      },
      closing: () => {
        if (this.sampleTimer) clearTimeout(this.sampleTimer);
        this.sampleTimer = null;
        this.worker.detachFrames();
        this.sampler.reset();
      },
      report: (status, reason, detail) => this.report(status, reason, detail),
      retry: () => this.reconcile(),
      isPresent: async (deviceId) => {
        const devices = (await this.media?.enumerateDevices?.()) ?? [];
        return devices.some((d) => d.kind === 'videoinput' && d.deviceId === deviceId);
      },
    });
  }

  async start(): Promise<void> {
    const { api } = this.options;
    [this.state, this.settings] = await Promise.all([api.getState(), api.getSettings()]);
    this.posture.configure(this.settings.posture);
    this.unsubscribe.push(
      api.onStateChanged((state) => {
        this.state = state;
        this.reconcile();
      }),
      api.onSettingsChanged((settings) => {
        const cameraChanged = settings.monitoring.cameraDeviceId !== this.settings.monitoring.cameraDeviceId;
        this.settings = settings;
        this.posture.configure(settings.posture);
        if (cameraChanged && this.camera.isOpen) this.keeper.reopen();
      }),
    );
    const onDeviceChange = () => this.keeper.deviceChanged();
    this.media?.addEventListener?.('devicechange', onDeviceChange);
    this.unsubscribe.push(() => this.media?.removeEventListener?.('devicechange', onDeviceChange));
    this.worker.start();
    this.reconcile();
  }

  stop(): void {
    this.unsubscribe.splice(0).forEach((off) => off());
    this.keeper.close('off');
    this.worker.stop();
  }

  /**
   * Benchmarks compare the adaptive policy against a fixed loop that runs the model on every
   * frame (e.g. 10 fps, as peer apps do): `changeGate: false` turns off reusing unchanged frames.
   */
  setFixedInterval(ms: number | null, changeGate = true): void {
    this.fixedIntervalMs = ms;
    this.worker.configure(changeGate);
    if (this.camera.isOpen) this.schedule(0);
  }

  /**
   * Evaluation: decodes an image (honouring EXIF orientation) and returns its keypoints, framed as
   * `view` asks (a calibration photo 'self-framed', a test photo in the calibrated view).
   */
  async analyseImage(blob: Blob, view: ViewRequest = null): Promise<StillKeypoints | null> {
    const { rgba, width, height } = await decodeImage(blob);
    return stillKeypoints(await this.worker.analyseImage(rgba, width, height, view));
  }

  /** Evaluation: the last analysed image again, looking only at `region` (person lock). */
  async relookImage(region: Region): Promise<StillKeypoints | null> {
    return stillKeypoints(await this.worker.relook(region, 'image'));
  }

  get engineReady(): boolean {
    return this.worker.isReady;
  }

  /** Benchmark: the bare model, in a tight loop or with `gapMs` idle between runs. */
  measureRawModel(iterations: number, gapMs = 0): Promise<{ medianMs: number; p95Ms: number }> {
    return this.worker.measureRaw(iterations, gapMs);
  }

  /** Benchmarks and tests: the tensors TF.js holds in the worker (see ModelMemory). */
  modelMemory(): Promise<ModelMemory | null> {
    return this.worker.modelMemory();
  }

  get backend(): PoseBackend | null {
    return this.worker.backend;
  }

  private now(): number {
    return Date.now();
  }

  private reconcile(): void {
    const allowed = shouldCameraRun(this.state, this.now());
    if (!allowed) {
      if (this.camera.isOpen || this.keeper.retrying) this.keeper.close('off');
      this.reportPosture(this.posture.override('paused', this.now()));
      return;
    }
    if (!this.camera.isOpen && !this.keeper.busy) {
      void this.keeper.open();
      return;
    }
    // Watching or calibrating wants frames now, not after the current (possibly 2 s) wait.
    const liveView = isLiveViewActive(this.state, this.now());
    const calibrating = isCalibrating(this.state, this.now());
    if (liveView !== this.liveView || calibrating !== this.calibrating) {
      if (calibrating && !this.calibrating) this.calibrationFraming.reset();
      this.liveView = liveView;
      this.calibrating = calibrating;
      if ((liveView || calibrating) && this.camera.isOpen && !this.sampling) this.schedule(0);
    }
  }

  private schedule(delayMs: number): void {
    if (this.sampleTimer) clearTimeout(this.sampleTimer);
    this.sampleTimer = setTimeout(() => {
      this.sampleTimer = null;
      void this.takeSample();
    }, delayMs);
  }

  private async takeSample(): Promise<void> {
    if (!this.camera.isOpen || this.sampling) return;
    if (!this.worker.isReady) {
      this.schedule(500);
      return;
    }
    this.sampling = true;
    // The client never rejects: a failed or lost sample comes back as null.
    const first = await this.worker.sample(this.viewRequest());
    const result = first && !first.reused ? await this.followUser(first) : first;
    this.sampling = false;
    if (result) this.accept(result);
    const delay = this.sampler.nextDelayMs({
      cameraAllowed: shouldCameraRun(this.state, this.now()) && this.camera.isOpen,
      calibrating: isCalibrating(this.state, this.now()),
      liveView: isLiveViewActive(this.state, this.now()),
      fixedIntervalMs: this.fixedIntervalMs,
    });
    if (delay !== null && this.camera.isOpen) {
      this.camera.setFrameRate(captureFrameRateFor(delay));
      this.schedule(delay);
    }
  }

  /**
   * Calibration's first frames are each framed on the face they show, the rest on the face those
   * agree on, as the wizard's baseline must see what monitoring will (calibration-framing.ts);
   * after that, every frame is framed on the calibrated face.
   */
  private viewRequest(): ViewRequest {
    if (isCalibrating(this.state, this.now())) return this.calibrationFraming.request();
    const profile = activeProfile(this.state);
    return profile ? calibratedView(profile.baseline) : null;
  }

  /**
   * Person lock: when the model followed someone other than the calibrated user (a colleague
   * leaning in), the same frame is looked at again where the user sits, and the user is followed
   * if found there. Only freshly analysed frames are looked at again: a reused frame's keypoints
   * already are the second look's, so a visitor costs at most one extra model run per analysis.
   */
  private async followUser(result: SampleResult): Promise<SampleResult> {
    const profile = activeProfile(this.state);
    if (!profile) return result;
    const view = (r: SampleResult) => toPoseSample(r, this.worker.backend);
    return followUser(result, view, profile.baseline, profile.floors, (region) => this.worker.relook(region));
  }

  private accept(result: SampleResult): void {
    const sample = toPoseSample(result, this.worker.backend);
    const dark = this.darkness.update(result.luminance);
    this.sampler.observe(sample, dark);
    const posture = this.posture.observe(sample, activeProfile(this.state), dark);
    if (posture) this.sampler.markChanging();
    this.reportPosture(posture);
    this.reportSetup(sample, dark);
    // A frame says the camera works; that it is the default standing in still holds.
    this.report(dark ? 'too-dark' : 'on', dark ? 'too-dark' : this.keeper.onDefaultInstead ? 'fell-back' : null);
    this.recent.push(result);
    if (this.recent.length > 600) this.recent.splice(0, this.recent.length - 600);
    // Samples only feed views (live view, calibration): when none is watching, they stay here.
    const calibrating = isCalibrating(this.state, this.now());
    if (calibrating) this.calibrationFraming.observe(sample);
    const watched = isLiveViewActive(this.state, this.now()) || calibrating;
    if (!watched) return;
    const verdict = this.posture.lastVerdict;
    this.options.api
      .publishPoseSample(verdict ? { ...sample, verdict } : sample)
      .catch((error: unknown) => console.warn('Stand Tall: pose sample not shared:', error));
  }

  /**
   * Whether the active profile still describes the set-up: the camera sees the place it was
   * calibrated in (scene.ts) in a light not much darker (light.ts), and the frame could be judged against it (not: the head far above its calibrated
   * place, or the camera's picture of another shape; a frame nobody was judged in says it could).
   */
  private reportSetup(sample: PoseSample, dark: boolean): void {
    const profile = activeProfile(this.state);
    if (!profile || isCalibrating(this.state, this.now())) return;
    const key = `${profile.name}@${profile.calibratedAt}`;
    const because = this.posture.lastVerdict?.because ?? null;
    if (this.unjudged.isNews(key, because)) void this.options.api.run({ type: 'report-unjudged', because });
    const calibratedLight = profile.baseline.luminance;
    const darker = calibratedLight === null ? null : this.light.observe(key, calibratedLight, sample.luminance, dark);
    if (darker !== null) void this.options.api.run({ type: 'report-light', darker });
    const looks = placeLooks(profile.baseline);
    if (looks.length === 0 || !sample.scene) return;
    const matches = this.scene.observe(key, looks, sample.scene);
    if (matches !== null) void this.options.api.run({ type: 'report-scene', matches });
  }

  private reportPosture(state: PostureState | null): void {
    if (state) void this.options.api.run({ type: 'report-posture', state });
  }

  private report(status: CameraStatus, reason: CameraReason | null = null, detail: string | null = null): void {
    const last = this.lastReported;
    if (last && last.status === status && last.reason === reason && last.detail === detail) return;
    this.lastReported = { status, reason, detail };
    void this.options.api.run({ type: 'report-camera', status, reason, detail });
    const looking = status === 'on' || status === 'starting' || status === 'too-dark';
    if (!looking && shouldCameraRun(this.state, this.now())) {
      this.reportPosture(this.posture.override('camera-off', this.now()));
    }
  }
}
