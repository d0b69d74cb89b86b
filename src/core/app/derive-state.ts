import { stepAlerts, type AlertNotification } from '../alerts/alert-ladder';
import { quietStatus } from '../alerts/quiet-rules';
import type { PostureState } from '../posture/state-machine';
import { stepBreaks, type BreakEffect } from '../schedule/break-scheduler';
import { stepHydration } from '../schedule/hydration';
import { stepNudges } from '../schedule/nudges';
import type {
  AlertSettings,
  BreakSettings,
  HydrationSettings,
  MonitoringSettings,
  QuietSettings,
} from '../settings/schema';
import type { WeekSummary } from '../history/insights';
import { glassesToday, type AppState } from './app-state';
import { withinReach } from './clock-set-back';
import { setupChange, type SetupChange } from './recalibration';

/** The settings every rule reads. */
export interface AppRules {
  alerts: AlertSettings;
  quiet: QuietSettings;
  breaks: BreakSettings;
  hydration: HydrationSettings;
  monitoring: MonitoringSettings;
}

export type OfferChannel = 'break' | 'water' | 'nudge';

/** What a host must show (or take back) outside the app state: notifications, in every host. */
export type ReminderEffect =
  /** A slouch reminder; `setupChange` says when the set-up changed since calibration (a false alarm, maybe). */
  | { type: 'notify'; notification: AlertNotification; setupChange: SetupChange | null }
  | { type: 'withdraw' }
  | BreakEffect
  | { type: 'water-due'; glasses: number; goal: number }
  | { type: 'nudge'; routineId: string; episodes: number }
  | { type: 'weekly-summary'; summary: WeekSummary }
  | { type: 'withdraw-offer'; channel: OfferChannel };

/**
 * Everything that follows from the facts after a change, in one pass: an expired pause is
 * dropped; the quiet status is recomputed; while quiet the posture is `paused` (an old verdict
 * must not alert when monitoring resumes); then the alert ladder, the recurring-slouch nudge,
 * the break rhythm and the water plan take their steps, and each says what to show or take back.
 */
export function deriveState(
  prev: AppState,
  s: AppState,
  rules: AppRules,
  now: number,
): { state: AppState; effects: ReminderEffect[] } {
  s = withinReach(s, now, rules.quiet);
  const effects: ReminderEffect[] = [];
  const pause = s.pause && s.pause.until > now ? s.pause : null;
  const quietNow = quietStatus(pause, s.system, rules.quiet, now);
  const quiet = quietNow !== null;
  const posture: PostureState =
    quiet && s.posture.kind !== 'paused' ? { kind: 'paused', since: now, score: 0, signals: [] } : s.posture;

  const alert = stepAlerts(s.alert, posture, quiet, rules.alerts, now);
  if (alert.withdraw) effects.push({ type: 'withdraw' });
  if (alert.notify) {
    const change = setupChange(s, rules.monitoring.cameraDeviceId, now);
    effects.push({ type: 'notify', notification: alert.notify, setupChange: change });
  }

  const slouchStarted = prev.posture.kind !== 'slouching' && posture.kind === 'slouching';
  const nudge = stepNudges(s.nudges, slouchStarted ? { signals: posture.signals } : null, rules.breaks, now);
  const nudges = quiet ? { ...nudge.nudges, offered: null } : nudge.nudges;
  if (nudge.propose && !quiet) {
    effects.push({ type: 'nudge', routineId: nudge.propose, episodes: rules.breaks.nudgeEpisodes });
  }

  const breakStep = stepBreaks(s.breaks, { quiet, idleMs: s.system.idleMs }, rules.breaks, now);
  effects.push(...breakStep.effects);

  const glasses = glassesToday(s, now);
  const water = stepHydration(
    s.hydration,
    { glassesToday: glasses, logged: glasses !== glassesToday(prev, now), quiet },
    rules.hydration,
    rules.quiet,
    now,
  );
  if (water.remind) effects.push({ type: 'water-due', glasses, goal: rules.hydration.dailyGoalGlasses });

  const state: AppState = {
    ...s,
    pause,
    quiet: quietNow,
    posture,
    alert: alert.alert,
    nudges,
    breaks: breakStep.breaks,
    hydration: water.hydration,
  };
  // Offers that were answered (or went stale) leave the screen too.
  if (prev.breaks.due !== null && state.breaks.due === null) effects.push({ type: 'withdraw-offer', channel: 'break' });
  if (prev.hydration.offered && !state.hydration.offered) effects.push({ type: 'withdraw-offer', channel: 'water' });
  if (prev.nudges.offered && !state.nudges.offered) effects.push({ type: 'withdraw-offer', channel: 'nudge' });
  return { state, effects };
}
