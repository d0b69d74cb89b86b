import { MINUTE_MS } from '../clock';
import type { SignalName } from '../posture/classifier';
import type { PostureState } from '../posture/state-machine';
import type { AlertSettings } from '../settings/schema';

/** 0: nothing shown; 1: a gentle reminder; 2: a firmer one for a slouch that persists. */
export type AlertLevel = 0 | 1 | 2;

/** Where the ladder stands; part of the app state so every view and window can render it. */
export interface AlertState {
  /** When the current slouch episode began (null when there is none). */
  episodeSince: number | null;
  level: AlertLevel;
  /** Strength of the screen-edge glow (0 when off). */
  glow: AlertLevel;
  /** The last notification, across episodes: the cooldown runs from here. */
  lastNotifiedAt: number | null;
  notificationsInEpisode: number;
  /** The person said "I've sat up": no glow for the rest of this episode. */
  acknowledged: boolean;
}

export const NO_ALERT: AlertState = {
  episodeSince: null,
  level: 0,
  glow: 0,
  lastNotifiedAt: null,
  notificationsInEpisode: 0,
  acknowledged: false,
};

export interface AlertNotification {
  level: 1 | 2;
  signals: SignalName[];
  slouchingSince: number;
}

export interface AlertStep {
  alert: AlertState;
  /** Show this notification now. */
  notify: AlertNotification | null;
  /** Take back the notification on screen (the slouch is over). */
  withdraw: boolean;
}

/**
 * The alert ladder as a pure step function: the posture state machine has already applied the
 * grace period, so a slouch notifies at once, then repeats at most once per cooldown while it
 * lasts, getting firmer after the escalation time; everything clears the moment posture
 * recovers or monitoring goes quiet.
 */
export function stepAlerts(
  prev: AlertState,
  posture: PostureState,
  quiet: boolean,
  settings: AlertSettings,
  now: number,
): AlertStep {
  if (posture.kind !== 'slouching' || quiet) {
    if (prev.episodeSince === null) return { alert: prev, notify: null, withdraw: false };
    return {
      alert: { ...NO_ALERT, lastNotifiedAt: prev.lastNotifiedAt },
      notify: null,
      withdraw: prev.notificationsInEpisode > 0,
    };
  }
  // A stamp in the future is from before the clock was set back: it counts from now.
  const since = Math.min(prev.episodeSince ?? now, now);
  const lastNotifiedAt = prev.lastNotifiedAt === null ? null : Math.min(prev.lastNotifiedAt, now);
  const level = levelAt(since, settings, now);
  const cooldownOver = lastNotifiedAt === null || now - lastNotifiedAt >= settings.cooldownMinutes * MINUTE_MS;
  const notify =
    settings.notification && cooldownOver ? { level, signals: posture.signals, slouchingSince: since } : null;
  const alert: AlertState = {
    episodeSince: since,
    level,
    glow: settings.screenGlow && !prev.acknowledged ? level : 0,
    lastNotifiedAt: notify ? now : lastNotifiedAt,
    notificationsInEpisode: prev.notificationsInEpisode + (notify ? 1 : 0),
    acknowledged: prev.acknowledged,
  };
  return { alert, notify, withdraw: false };
}

/** "I've sat up": clear what is on screen and give the person a full cooldown to show it. */
export function acknowledgeAlert(prev: AlertState, now: number): AlertStep {
  if (prev.episodeSince === null) return { alert: prev, notify: null, withdraw: false };
  return {
    alert: { ...prev, episodeSince: now, level: 1, glow: 0, acknowledged: true, lastNotifiedAt: now },
    notify: null,
    withdraw: true,
  };
}

/** When the ladder next wants to act on its own: a repeat after the cooldown, or escalation. */
export function nextAlertDeadline(alert: AlertState, settings: AlertSettings): number | null {
  if (alert.episodeSince === null) return null;
  const candidates: number[] = [];
  if (settings.notification && alert.lastNotifiedAt !== null) {
    candidates.push(alert.lastNotifiedAt + settings.cooldownMinutes * MINUTE_MS);
  }
  if (settings.escalateAfterMinutes > 0 && alert.level < 2) {
    candidates.push(alert.episodeSince + settings.escalateAfterMinutes * MINUTE_MS);
  }
  // A deadline already past (a late timer, a wake from sleep) is still due: the next step moves it.
  return candidates.length ? Math.min(...candidates) : null;
}

function levelAt(since: number, settings: AlertSettings, now: number): 1 | 2 {
  const escalateMs = settings.escalateAfterMinutes * MINUTE_MS;
  return settings.escalateAfterMinutes > 0 && now - since >= escalateMs ? 2 : 1;
}
