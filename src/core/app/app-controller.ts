import { acknowledgeAlert, nextAlertDeadline } from '../alerts/alert-ladder';
import { nextQuietChange } from '../alerts/quiet-rules';
import type { Clock } from '../clock';
import { localDayKey } from '../clock';
import { breakTaken, initialBreaks, nextBreakDeadline, postponeBreak, skipBreak } from '../schedule/break-scheduler';
import { NO_HYDRATION } from '../schedule/hydration';
import { DEFAULT_SETTINGS } from '../settings/schema';
import {
  glassesToday,
  initialAppState,
  pauseEnd,
  sessionsToday,
  SNOOZE_MS,
  type AppState,
  LIVE_VIEW_LEASE_MS,
  MAX_GLASSES_PER_DAY,
  MAX_SESSIONS_PER_DAY,
} from './app-state';
import { restoreAppState } from './app-state-schema';
import { deleteProfile, followSetup, saveProfile, selectProfile } from './calibration-profiles';
import type { CoreCommand } from './core-command';
import { deriveState, type AppRules, type ReminderEffect } from './derive-state';
import { cameraInUse } from './recalibration';

export type { CoreCommand } from './core-command';
export type { AppRules, ReminderEffect } from './derive-state';

/** Where a host keeps the app state between runs (a file in Electron, localStorage on the web). */
export interface AppStateStore {
  load(): unknown;
  save(state: AppState): void;
  /**
   * Keeps a copy of the stored state as it is now, before a start that could not use all of it
   * writes over it; returns where the copy went (null: nowhere).
   */
  keepCopy?(): string | null;
}

/** What a start could not use of the stored state, and where the copy of it went. */
export interface StateRecovery {
  dropped: string[];
  copy: string | null;
}

type Listener = (state: AppState) => void;

/**
 * The one place that decides how commands change the app state. Both hosts (Electron main and
 * the web host) wrap it; neither re-implements any rule. Every change goes through
 * `deriveState`, which applies the quiet rules, the alert ladder, breaks and water.
 */
export class AppController {
  private current: AppState;
  /** Set when the stored state could not all be used (the host tells the person once). */
  readonly recovery: StateRecovery | null;
  private readonly listeners = new Set<Listener>();
  private readonly reminderListeners = new Set<(effect: ReminderEffect) => void>();
  private readonly commandListeners = new Set<(command: CoreCommand, before: AppState, after: AppState) => void>();

  constructor(
    private readonly clock: Clock,
    private readonly store: AppStateStore,
    private rules: AppRules = DEFAULT_SETTINGS,
  ) {
    const now = clock.now();
    const { kept, dropped } = restoreAppState(store.load());
    this.recovery = dropped.length ? { dropped, copy: store.keepCopy?.() ?? null } : null;
    const fresh = initialAppState(now);
    const start: AppState = {
      ...fresh,
      ...kept,
      pause: kept.pause && kept.pause.until > now ? kept.pause : null,
      pose: kept.pose ? { ...kept.pose, status: 'idle', detail: null } : fresh.pose,
    };
    start.breaks = initialBreaks(rules.breaks, now);
    this.current = deriveState(start, start, rules, now).state;
  }

  /** New settings take effect at once (e.g. working hours just ended, a new break interval). */
  configure(rules: AppRules): void {
    const rhythmChanged = JSON.stringify(rules.breaks) !== JSON.stringify(this.rules.breaks);
    const cameraChanged = rules.monitoring.cameraDeviceId !== this.rules.monitoring.cameraDeviceId;
    this.rules = rules;
    // Another camera chosen may be the one another profile was calibrated with.
    const current = cameraChanged ? followSetup(this.current, rules.monitoring.cameraDeviceId) : this.current;
    if (rhythmChanged) {
      const now = this.clock.now();
      this.commit({ ...current, breaks: initialBreaks(rules.breaks, now), hydration: { ...NO_HYDRATION } });
    } else {
      this.commit(current, [], true);
    }
  }

  get state(): AppState {
    return this.current;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Hosts show what this emits: slouch reminders, break offers, water reminders, nudges. */
  onAlert(listener: (effect: ReminderEffect) => void): () => void {
    this.reminderListeners.add(listener);
    return () => this.reminderListeners.delete(listener);
  }

  /** Reminders that come from elsewhere than the app state (e.g. the weekly summary). */
  announce(effect: ReminderEffect): void {
    for (const listener of this.reminderListeners) listener(effect);
  }

  /** Observers of every command with the state before and after (e.g. the history recorder). */
  onCommand(listener: (command: CoreCommand, before: AppState, after: AppState) => void): () => void {
    this.commandListeners.add(listener);
    return () => this.commandListeners.delete(listener);
  }

  dispatch(command: CoreCommand): AppState {
    const before = this.current;
    const after = this.apply(command);
    for (const listener of this.commandListeners) listener(command, before, after);
    return after;
  }

  private apply(command: CoreCommand): AppState {
    const now = this.clock.now();
    const s = this.current;
    switch (command.type) {
      case 'pause':
        return this.commit({
          ...s,
          pause: {
            until: pauseEnd(now, command.duration, this.rules.quiet),
            duration: command.duration,
            kind: 'pause',
          },
        });
      case 'resume':
        return this.commit({ ...s, pause: null });
      case 'snooze':
        return this.commit({ ...s, pause: { until: now + SNOOZE_MS, duration: '15m', kind: 'snooze' } });
      case 'acknowledge-alert': {
        const step = acknowledgeAlert(s.alert, now);
        return this.commit({ ...s, alert: step.alert }, step.withdraw ? [{ type: 'withdraw' }] : []);
      }
      case 'report-system': {
        const next = { ...s, system: { ...s.system, ...command.system } };
        // Only a change of set-up picks the profile: one chosen by hand stays while nothing changes.
        const displaysChanged = next.system.displays !== s.system.displays;
        return this.commit(displaysChanged ? followSetup(next, this.rules.monitoring.cameraDeviceId) : next);
      }
      case 'log-water':
        return this.commit({
          ...s,
          water: { day: localDayKey(now), glasses: Math.min(MAX_GLASSES_PER_DAY, glassesToday(s, now) + 1) },
        });
      case 'undo-water':
        return this.commit({
          ...s,
          water: { day: localDayKey(now), glasses: Math.max(0, glassesToday(s, now) - 1) },
        });
      case 'report-camera': {
        const { status, reason, detail } = command;
        const same = s.camera.status === status && s.camera.reason === reason && s.camera.detail === detail;
        if (same) return s;
        // Which camera is in use is told when one is on; a pause or the dark does not change it.
        const cameraStandIn = status === 'on' ? reason === 'fell-back' : s.cameraStandIn;
        const next = { ...s, camera: { status, reason, detail }, cameraStandIn };
        // The default standing in for a chosen camera that is gone, or the chosen one back.
        const chosen = this.rules.monitoring.cameraDeviceId;
        return this.commit(cameraInUse(next, chosen) !== cameraInUse(s, chosen) ? followSetup(next, chosen) : next);
      }
      case 'report-pose-engine': {
        const { status, reason, detail, backend, inferenceMs, modelLoadMs, probed } = command;
        return this.commit({
          ...s,
          pose: {
            status,
            reason,
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
      case 'save-calibration':
        return this.commit(saveProfile(s, command, this.rules.monitoring.cameraDeviceId, now));
      case 'select-profile': {
        const next = selectProfile(s, command.name);
        return next === s ? s : this.commit(next);
      }
      case 'delete-profile': {
        const next = deleteProfile(s, command.name);
        return next === s ? s : this.commit(next);
      }
      case 'report-posture':
        return this.commit({ ...s, posture: command.state });
      case 'report-scene': {
        const differsSince = command.matches ? null : (s.scene.differsSince ?? now);
        if (differsSince === s.scene.differsSince) return s;
        return this.commit({ ...s, scene: { ...s.scene, differsSince } });
      }
      case 'report-light': {
        const darkerSince = command.darker ? (s.scene.darkerSince ?? now) : null;
        if (darkerSince === s.scene.darkerSince) return s;
        return this.commit({ ...s, scene: { ...s.scene, darkerSince } });
      }
      case 'report-unjudged': {
        const { because } = command;
        if (because === (s.scene.unjudged?.because ?? null)) return s;
        return this.commit({ ...s, scene: { ...s.scene, unjudged: because && { because, since: now } } });
      }
      case 'start-routine':
        return this.commit({
          ...s,
          breaks: breakTaken(s.breaks, command.kind, this.rules.breaks, now),
          nudges: { ...s.nudges, offered: null },
        });
      case 'postpone-break':
        return this.commit({ ...s, breaks: postponeBreak(s.breaks, this.rules.breaks, now) });
      case 'skip-break':
        return this.commit({ ...s, breaks: skipBreak(s.breaks, this.rules.breaks, now) });
      case 'dismiss-offer':
        return command.channel === 'water'
          ? this.commit({ ...s, hydration: { ...s.hydration, offered: false } })
          : this.commit({ ...s, nudges: { ...s.nudges, offered: null } });
      case 'log-session': {
        const sessions = [...sessionsToday(s, now), { ...command.session, finishedAt: now }];
        return this.commit({
          ...s,
          activity: { day: localDayKey(now), sessions: sessions.slice(-MAX_SESSIONS_PER_DAY) },
        });
      }
    }
  }

  /**
   * The next instant at which the state changes without a command: a pause running out, working
   * hours starting or ending, a reminder repeating or escalating, a break or a glass coming due,
   * a lease (the live view, the calibration wizard) running out.
   */
  nextDeadline(): number | null {
    const s = this.current;
    const now = this.clock.now();
    const due = [
      ...[s.liveViewUntil, s.calibratingUntil].filter((until) => until > now),
      nextQuietChange(s.pause, this.rules.quiet, now),
      nextAlertDeadline(s.alert, this.rules.alerts),
      s.quiet ? null : nextBreakDeadline(s.breaks, this.rules.breaks),
      s.quiet ? null : s.hydration.nextAt,
    ];
    const times = due.filter((t): t is number => t !== null);
    return times.length ? Math.min(...times) : null;
  }

  /** Applies what is due at the clock's current time; hosts call it when a deadline passes. */
  tick(): void {
    this.commit(this.current, [], true);
  }

  /**
   * `extra`: effects the command itself caused (e.g. "I've sat up" takes the reminder back).
   * `onlyIfChanged`: a timer or new settings that changed nothing publish nothing.
   */
  private commit(next: AppState, extra: ReminderEffect[] = [], onlyIfChanged = false): AppState {
    const { state, effects } = deriveState(this.current, next, this.rules, this.clock.now());
    if (onlyIfChanged && !effects.length && JSON.stringify(state) === JSON.stringify(this.current)) return state;
    this.current = state;
    this.store.save(state);
    for (const listener of this.listeners) listener(state);
    for (const effect of [...extra, ...effects]) for (const listener of this.reminderListeners) listener(effect);
    return state;
  }
}
