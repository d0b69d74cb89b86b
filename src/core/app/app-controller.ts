import {
  acknowledgeAlert,
  nextAlertDeadline,
  NO_ALERT,
  stepAlerts,
  type AlertNotification,
  type AlertStep,
} from '../alerts/alert-ladder';
import { IDLE_SYSTEM, nextQuietChange, quietStatus, type SystemState } from '../alerts/quiet-rules';
import type { Clock } from '../clock';
import { localDayKey } from '../clock';
import { DEFAULT_ALERTS, DEFAULT_QUIET, type AlertSettings, type QuietSettings } from '../settings/schema';
import {
  glassesToday,
  initialAppState,
  pauseEnd,
  SNOOZE_MS,
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
  /** From a slouch reminder: quiet for 15 minutes, camera off. */
  | { type: 'snooze' }
  /** "I've sat up": clear the reminder and the glow. */
  | { type: 'acknowledge-alert' }
  | { type: 'report-system'; system: Partial<SystemState> }
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

/** What a host must do outside the app state: show or take back a slouch notification. */
export type AlertEffect = { type: 'notify'; notification: AlertNotification } | { type: 'withdraw' };

export interface AlertRules {
  alerts: AlertSettings;
  quiet: QuietSettings;
}

/**
 * The one place that decides how commands change the app state. Both hosts (Electron main and
 * the web host) wrap it; neither re-implements any rule.
 */
export class AppController {
  private current: AppState;
  private readonly listeners = new Set<Listener>();
  private readonly alertListeners = new Set<(effect: AlertEffect) => void>();

  constructor(
    private readonly clock: Clock,
    private readonly store: AppStateStore,
    private rules: AlertRules = { alerts: DEFAULT_ALERTS, quiet: DEFAULT_QUIET },
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
          system: { ...IDLE_SYSTEM },
          quiet: null,
          alert: { ...NO_ALERT },
          pause: stored.pause && stored.pause.until > now ? stored.pause : null,
        }
      : initialAppState(now);
    this.current = this.derive(this.current, now).state;
  }

  /** New alert and quiet settings take effect at once (e.g. working hours just ended). */
  configure(rules: AlertRules): void {
    this.rules = rules;
    this.tick();
  }

  /** Hosts show the notifications this emits (native or Web Notifications). */
  onAlert(listener: (effect: AlertEffect) => void): () => void {
    this.alertListeners.add(listener);
    return () => this.alertListeners.delete(listener);
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
        return this.commit({
          ...s,
          pause: { until: pauseEnd(now, command.duration), duration: command.duration, kind: 'pause' },
        });
      case 'resume':
        return this.commit({ ...s, pause: null });
      case 'snooze':
        return this.commit({ ...s, pause: { until: now + SNOOZE_MS, duration: '15m', kind: 'snooze' } });
      case 'acknowledge-alert': {
        const step = acknowledgeAlert(s.alert, now);
        return this.commit({ ...s, alert: step.alert }, step.withdraw);
      }
      case 'report-system':
        return this.commit({ ...s, system: { ...s.system, ...command.system } });
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

  /**
   * The next instant at which the state changes without a command: a pause running out, working
   * hours starting or ending, a reminder repeating or escalating.
   */
  nextDeadline(): number | null {
    const s = this.current;
    const now = this.clock.now();
    const due = [nextQuietChange(s.pause, this.rules.quiet, now), nextAlertDeadline(s.alert, this.rules.alerts)];
    const times = due.filter((t): t is number => t !== null);
    return times.length ? Math.min(...times) : null;
  }

  /** Applies what is due at the clock's current time; hosts call it when a deadline passes. */
  tick(): void {
    const now = this.clock.now();
    const derived = this.derive(this.current, now);
    if (JSON.stringify(derived.state) !== JSON.stringify(this.current)) this.publish(derived);
  }

  /**
   * Everything that follows from the facts: an expired pause is dropped, the quiet status is
   * recomputed, and the alert ladder takes its step.
   */
  private derive(s: AppState, now: number): { state: AppState; step: AlertStep } {
    const pause = s.pause && s.pause.until > now ? s.pause : null;
    const quiet = quietStatus(pause, s.system, this.rules.quiet, now);
    // Nobody looks while quiet: an old verdict must not raise an alert when monitoring resumes.
    const posture: PostureState =
      quiet && s.posture.kind !== 'paused' ? { kind: 'paused', since: now, score: 0, signals: [] } : s.posture;
    const step = stepAlerts(s.alert, posture, quiet !== null, this.rules.alerts, now);
    return { state: { ...s, pause, quiet, posture, alert: step.alert }, step };
  }

  /** `withdraw`: the command itself took back the reminder on screen (e.g. "I've sat up"). */
  private commit(next: AppState, withdraw = false): AppState {
    const derived = this.derive(next, this.clock.now());
    return this.publish({ ...derived, step: { ...derived.step, withdraw: derived.step.withdraw || withdraw } });
  }

  private publish({ state, step }: { state: AppState; step: AlertStep }): AppState {
    this.current = state;
    this.store.save(state);
    for (const listener of this.listeners) listener(state);
    if (step.withdraw) for (const listener of this.alertListeners) listener({ type: 'withdraw' });
    if (step.notify) {
      const effect: AlertEffect = { type: 'notify', notification: step.notify };
      for (const listener of this.alertListeners) listener(effect);
    }
    return state;
  }
}
