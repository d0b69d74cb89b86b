import type { Clock } from '../clock';
import { localDayKey } from '../clock';
import {
  glassesToday,
  initialAppState,
  isPaused,
  pauseEnd,
  type AppState,
  LIVE_VIEW_LEASE_MS,
  type CameraStatus,
  type PauseDuration,
  type PoseEngineStatus,
} from './app-state';
import { parseStoredAppState } from './app-state-schema';
import type { PostureBaseline } from '../posture/calibration';
import type { ScoreFloors } from '../posture/features';
import type { PostureState } from '../posture/state-machine';

export type CoreCommand =
  | { type: 'pause'; duration: PauseDuration }
  | { type: 'resume' }
  | { type: 'log-water' }
  | { type: 'undo-water' }
  | { type: 'report-camera'; status: CameraStatus; detail: string | null }
  | {
      type: 'report-pose-engine';
      status: PoseEngineStatus;
      detail: string | null;
      backend: string | null;
      inferenceMs: number | null;
      modelLoadMs: number | null;
      /** True when this report carries a fresh backend probe to cache. */
      probed: boolean;
    }
  | { type: 'keep-live-view' }
  | { type: 'end-live-view' }
  | { type: 'keep-calibrating' }
  | { type: 'end-calibrating' }
  | { type: 'save-calibration'; name: string; baseline: PostureBaseline; floors: ScoreFloors }
  | { type: 'select-profile'; name: string }
  | { type: 'report-posture'; state: PostureState };

/** Where a host keeps the app state between runs (a file in Electron, localStorage on the web). */
export interface AppStateStore {
  load(): unknown;
  save(state: AppState): void;
}

type Listener = (state: AppState) => void;

/**
 * The one place that decides how commands change the app state. Both hosts (Electron main and
 * the web host) wrap it; neither re-implements any rule.
 */
export class AppController {
  private current: AppState;
  private readonly listeners = new Set<Listener>();

  constructor(
    private readonly clock: Clock,
    private readonly store: AppStateStore,
  ) {
    const now = clock.now();
    const stored = parseStoredAppState(store.load());
    // Camera, worker and live-view status are live information; only the backend probe is cached.
    this.current = stored
      ? {
          ...stored,
          camera: { status: 'off', detail: null },
          pose: { ...stored.pose, status: 'idle', detail: null },
          liveViewUntil: 0,
          calibratingUntil: 0,
          posture: { kind: 'unknown', since: now, score: 0, signals: [] },
        }
      : initialAppState(now);
    this.expire(now);
  }

  get state(): AppState {
    return this.current;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  dispatch(command: CoreCommand): AppState {
    const now = this.clock.now();
    const s = this.current;
    switch (command.type) {
      case 'pause':
        return this.commit({ ...s, pause: { until: pauseEnd(now, command.duration), duration: command.duration } });
      case 'resume':
        return this.commit({ ...s, pause: null });
      case 'log-water':
        return this.commit({ ...s, water: { day: localDayKey(now), glasses: glassesToday(s, now) + 1 } });
      case 'undo-water':
        return this.commit({
          ...s,
          water: { day: localDayKey(now), glasses: Math.max(0, glassesToday(s, now) - 1) },
        });
      case 'report-camera':
        if (s.camera.status === command.status && s.camera.detail === command.detail) return s;
        return this.commit({ ...s, camera: { status: command.status, detail: command.detail } });
      case 'report-pose-engine': {
        const { status, detail, backend, inferenceMs, modelLoadMs, probed } = command;
        return this.commit({
          ...s,
          pose: {
            status,
            detail,
            backend: backend ?? s.pose.backend,
            inferenceMs: probed ? inferenceMs : (s.pose.inferenceMs ?? inferenceMs),
            modelLoadMs: modelLoadMs ?? s.pose.modelLoadMs,
            probedAt: probed ? now : s.pose.probedAt,
          },
        });
      }
      case 'keep-live-view':
        return this.commit({ ...s, liveViewUntil: now + LIVE_VIEW_LEASE_MS });
      case 'end-live-view':
        return this.commit({ ...s, liveViewUntil: 0 });
      case 'keep-calibrating':
        return this.commit({ ...s, calibratingUntil: now + LIVE_VIEW_LEASE_MS });
      case 'end-calibrating':
        return this.commit({ ...s, calibratingUntil: 0 });
      case 'save-calibration': {
        const profile = { name: command.name, baseline: command.baseline, floors: command.floors, calibratedAt: now };
        const others = s.calibration.profiles.filter((p) => p.name !== command.name);
        return this.commit({ ...s, calibration: { active: command.name, profiles: [...others, profile] } });
      }
      case 'select-profile':
        if (!s.calibration.profiles.some((p) => p.name === command.name)) return s;
        return this.commit({ ...s, calibration: { ...s.calibration, active: command.name } });
      case 'report-posture':
        return this.commit({ ...s, posture: command.state });
    }
  }

  /** The next instant at which the state changes without a command (a pause running out). */
  nextDeadline(): number | null {
    return this.current.pause?.until ?? null;
  }

  /** Applies what is due at the clock's current time; hosts call it when a deadline passes. */
  tick(): void {
    this.expire(this.clock.now());
  }

  private expire(now: number): void {
    if (this.current.pause && !isPaused(this.current, now)) {
      this.commit({ ...this.current, pause: null });
    }
  }

  private commit(next: AppState): AppState {
    this.current = next;
    this.store.save(next);
    for (const listener of this.listeners) listener(next);
    return next;
  }
}
