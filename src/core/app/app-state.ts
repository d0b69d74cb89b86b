import { NO_ALERT, type AlertState } from '../alerts/alert-ladder';
import { IDLE_SYSTEM, nightShiftEnd, type QuietStatus, type SystemState } from '../alerts/quiet-rules';
import type { ExerciseId } from '../exercises/catalogue';
import { initialBreaks, type BreakState } from '../schedule/break-scheduler';
import { NO_HYDRATION, type HydrationState } from '../schedule/hydration';
import { NO_NUDGE, type NudgeState } from '../schedule/nudges';
import { DEFAULT_BREAKS, type QuietSettings } from '../settings/schema';
import { HOUR_MS, localDayKey, MINUTE_MS, NEVER, startOfNextLocalDay } from '../clock';
import type { PostureBaseline } from '../posture/calibration';
import type { UnknownReason } from '../posture/classifier';
import type { ScoreFloors } from '../posture/features';
import type { PostureState } from '../posture/state-machine';

type WorkingHours = Pick<QuietSettings, 'workingHoursEnabled' | 'workingHours'>;

export const PAUSE_DURATIONS = ['15m', '1h', 'tomorrow', 'until-resumed'] as const;
export type PauseDuration = (typeof PAUSE_DURATIONS)[number];

export const CAMERA_STATUSES = ['off', 'starting', 'on', 'no-camera', 'denied', 'in-use', 'too-dark', 'error'] as const;
export type CameraStatus = (typeof CAMERA_STATUSES)[number];
/** What more there is to say about the camera's state; the UI words it in the person's language. */
export const CAMERA_REASONS = [
  'denied',
  'not-found',
  'in-use',
  'no-frame-api',
  'fell-back',
  'disconnected',
  'too-dark',
] as const;
export type CameraReason = (typeof CAMERA_REASONS)[number];
/** The camera's state; `detail` is the raw error text of an unexpected failure, for diagnosis. */
export interface CameraState {
  status: CameraStatus;
  reason: CameraReason | null;
  detail: string | null;
}

export const POSE_ENGINE_STATUSES = ['idle', 'loading', 'ready', 'restarting', 'failed'] as const;
export type PoseEngineStatus = (typeof POSE_ENGINE_STATUSES)[number];

/** Why the pose engine is in its state, when there is more to say (worded by the UI). */
export const POSE_ENGINE_REASONS = [
  'init-timeout',
  'hung',
  'crashed',
  'init-failed',
  'model-missing',
  'model-corrupt',
  'cpu-backend',
] as const;
export type PoseEngineReason = (typeof POSE_ENGINE_REASONS)[number];

/** The pose worker as the UI sees it; backend and timings are also the cached probe result. */
export interface PoseEngineState {
  status: PoseEngineStatus;
  reason: PoseEngineReason | null;
  /** The raw text of an unexpected failure, for diagnosis. */
  detail: string | null;
  backend: string | null;
  /** Median model inference measured by the backend probe (ms). */
  inferenceMs: number | null;
  modelLoadMs: number | null;
  probedAt: number | null;
}

export const LIVE_VIEW_LEASE_MS = 15_000;

/** A calibrated upright reference for one set-up (e.g. "Laptop", "External monitor"). */
export interface CalibrationProfile {
  name: string;
  baseline: PostureBaseline;
  floors: ScoreFloors;
  calibratedAt: number;
  /** The camera and display layout it was calibrated with (absent in older profiles). */
  setup?: { camera: string | null; displays: string };
  /** The CALIBRATION_VERSION that made it (stored profiles always have one, inferred for older files). */
  version?: number;
}

/**
 * What the camera shows against the active calibration (AppState.scene): since when it has seen
 * another place, since when a much darker picture than calibration's (light.ts), and why and
 * since when its frames could not be judged against it (UnknownReason: the head far above its
 * calibrated place, or the picture of another shape).
 */
export interface SceneState {
  differsSince: number | null;
  darkerSince: number | null;
  unjudged: { because: UnknownReason; since: number } | null;
}
export const UNCHANGED_SCENE: SceneState = { differsSince: null, darkerSince: null, unjudged: null };

/**
 * Why posture is unknown now when the reason is the calibration (SceneState.unjudged): what the
 * dashboard and the status line say instead of asking about the face. Null otherwise.
 */
export const unjudgedBecause = (state: AppState): UnknownReason | null =>
  state.posture.kind === 'unknown' ? (state.scene.unjudged?.because ?? null) : null;

/** At most this many profiles are kept: enough for every desk, and a bound on the stored file. */
export const MAX_PROFILES = 20;
export const MAX_SESSIONS_PER_DAY = 200;
/** A bound that no day reaches, so a stuck key cannot grow the count without end. */
export const MAX_GLASSES_PER_DAY = 100;

export interface CalibrationState {
  active: string | null;
  profiles: CalibrationProfile[];
}

export const SNOOZE_MS = 15 * MINUTE_MS;

export interface PauseState {
  /** When monitoring resumes by itself. */
  until: number;
  duration: PauseDuration;
  /** A snooze comes from a slouch reminder; a pause from the tray, shortcut or dashboard. */
  kind: 'pause' | 'snooze';
}

/** A routine done (or ended early) in the exercise player. */
export interface SessionRecord {
  routineId: string;
  finishedAt: number;
  /** Seconds actually spent. */
  seconds: number;
  /** Exercises done to the end (skipped ones are not counted). */
  exercises: ExerciseId[];
  /** The whole routine was played through. */
  completed: boolean;
}

export interface AppState {
  pause: PauseState | null;
  camera: CameraState;
  /**
   * The system's default camera stands in for the chosen one, which was gone when the camera last
   * opened (live). Learnt from the camera on, kept while it is off or in the dark.
   */
  cameraStandIn: boolean;
  water: { day: string; glasses: number };
  pose: PoseEngineState;
  /** Someone is watching the live camera view until then (renewed while the view is open). */
  liveViewUntil: number;
  /** The calibration wizard is collecting frames until then (renewed while it runs). */
  calibratingUntil: number;
  calibration: CalibrationState;
  /** The current posture judgement (live, never stored). */
  posture: PostureState;
  /** Lock, sleep, power and full-screen facts reported by the host (live, never stored). */
  system: SystemState;
  /**
   * Since when the camera has seen another place than the active calibration's, and why and since
   * when its frames have not been judged against it (SceneState). Live; each judged afresh for
   * another calibration.
   */
  scene: SceneState;
  /** Why monitoring is quiet now, derived from the pause, the system and the quiet settings. */
  quiet: QuietStatus | null;
  /** The slouch alert ladder (live, never stored). */
  alert: AlertState;
  /** Break rhythm and the break on offer (live: a restart restarts the rhythm). */
  breaks: BreakState;
  /** The next water reminder and whether one is on offer (live). */
  hydration: HydrationState;
  /** Recurring-slouch nudges (live). */
  nudges: NudgeState;
  /** Today's exercise sessions (stored; older days belong to the history). */
  activity: { day: string; sessions: SessionRecord[] };
}

/** What the tray and the header show at a glance, most important first. */
export type MonitoringStatus = 'error' | 'paused' | 'camera-off' | 'monitoring';

export function initialAppState(now: number): AppState {
  return {
    pause: null,
    camera: { status: 'off', reason: null, detail: null },
    cameraStandIn: false,
    water: { day: localDayKey(now), glasses: 0 },
    pose: { ...INITIAL_POSE_ENGINE },
    liveViewUntil: 0,
    calibratingUntil: 0,
    calibration: { active: null, profiles: [] },
    posture: { kind: 'unknown', since: now, score: 0, signals: [] },
    system: { ...IDLE_SYSTEM },
    scene: { ...UNCHANGED_SCENE },
    quiet: null,
    alert: { ...NO_ALERT },
    breaks: initialBreaks(DEFAULT_BREAKS, now),
    hydration: { ...NO_HYDRATION },
    nudges: { ...NO_NUDGE },
    activity: { day: localDayKey(now), sessions: [] },
  };
}

export function sessionsToday(state: AppState, now: number): SessionRecord[] {
  return state.activity.day === localDayKey(now) ? state.activity.sessions : [];
}

export function activeProfile(state: AppState): CalibrationProfile | null {
  return state.calibration.profiles.find((p) => p.name === state.calibration.active) ?? null;
}

export function isCalibrating(state: AppState, now: number): boolean {
  return state.calibratingUntil > now;
}

export const INITIAL_POSE_ENGINE: PoseEngineState = {
  status: 'idle',
  reason: null,
  detail: null,
  backend: null,
  inferenceMs: null,
  modelLoadMs: null,
  probedAt: null,
};

/** When a pause of this length started now ends; "tomorrow" in a night shift is at the shift's end. */
export function pauseEnd(now: number, duration: PauseDuration, quiet: WorkingHours | null = null): number {
  switch (duration) {
    case '15m':
      return now + 15 * MINUTE_MS;
    case '1h':
      return now + HOUR_MS;
    case 'tomorrow':
      return (quiet && nightShiftEnd(quiet, now)) ?? startOfNextLocalDay(now);
    case 'until-resumed':
      return NEVER;
  }
}

/** An explicit pause or snooze is running (the person can resume it). */
export function isPaused(state: AppState, now: number): boolean {
  return state.pause !== null && state.pause.until > now;
}

/** Monitoring is quiet for any reason: paused, snoozed, locked, asleep, off hours… */
export function isQuiet(state: AppState, now: number): boolean {
  const quiet = state.quiet;
  return quiet !== null && (quiet.resumesAt === null || quiet.resumesAt > now);
}

/** The camera is released (its light goes off) whenever monitoring is quiet. */
export function shouldCameraRun(state: AppState, now: number): boolean {
  return !isQuiet(state, now);
}

export function monitoringStatus(state: AppState, now: number): MonitoringStatus {
  if (state.camera.status === 'error' || state.pose.status === 'failed') return 'error';
  if (isQuiet(state, now)) return 'paused';
  if (state.camera.status === 'on' || state.camera.status === 'starting') return 'monitoring';
  return 'camera-off';
}

export function glassesToday(state: AppState, now: number): number {
  return state.water.day === localDayKey(now) ? state.water.glasses : 0;
}

export function isLiveViewActive(state: AppState, now: number): boolean {
  return state.liveViewUntil > now;
}
