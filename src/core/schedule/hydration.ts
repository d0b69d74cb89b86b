import { MINUTE_MS } from '../clock';
import { workingHoursAt } from '../alerts/quiet-rules';
import type { HydrationSettings, QuietSettings } from '../settings/schema';

export interface HydrationState {
  /** When the next water reminder is due (null: none today, e.g. the goal is met). */
  nextAt: number | null;
  /** A reminder is on offer until a glass is logged or it is dismissed. */
  offered: boolean;
}

export const NO_HYDRATION: HydrationState = { nextAt: null, offered: false };

const MIN_SPACING_MS = 20 * MINUTE_MS;
const MAX_SPACING_MS = 2 * 60 * MINUTE_MS;
/** Without working hours, reminders spread over 08:00–20:00. */
const DEFAULT_DAY = { start: 8 * 60, end: 20 * 60 };

function dayWindowEnd(quiet: QuietSettings, now: number): number {
  const d = new Date(now);
  if (quiet.workingHoursEnabled) {
    const hours = workingHoursAt(quiet, now);
    if (hours.inside && hours.nextChange !== null) return hours.nextChange;
  }
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), 0, DEFAULT_DAY.end).getTime();
}

/**
 * When the next glass is due: what is left of the goal spread evenly over what is left of the
 * working day (or 08:00–20:00), never closer than 20 minutes nor further apart than 2 hours.
 */
export function nextWaterReminder(
  glassesToday: number,
  settings: HydrationSettings,
  quiet: QuietSettings,
  now: number,
): number | null {
  const left = settings.dailyGoalGlasses - glassesToday;
  if (!settings.reminders || left <= 0) return null;
  const end = dayWindowEnd(quiet, now);
  if (end <= now) return null;
  const spacing = Math.min(MAX_SPACING_MS, Math.max(MIN_SPACING_MS, (end - now) / (left + 1)));
  const at = now + spacing;
  return at < end ? at : null;
}

export interface HydrationInputs {
  glassesToday: number;
  /** The glasses count changed since the last step (a glass logged or undone). */
  logged: boolean;
  quiet: boolean;
}

/**
 * Offers a glass of water when one is due; logging a glass (or a quiet spell, or a new day)
 * re-plans the next one from what is left.
 */
export function stepHydration(
  prev: HydrationState,
  inputs: HydrationInputs,
  settings: HydrationSettings,
  quiet: QuietSettings,
  now: number,
): { hydration: HydrationState; remind: boolean } {
  if (inputs.quiet) return { hydration: { nextAt: null, offered: false }, remind: false };
  const replan = () => nextWaterReminder(inputs.glassesToday, settings, quiet, now);
  // A reminder further ahead than any spacing: the clock was set back since it was planned.
  if (inputs.logged || prev.nextAt === null || prev.nextAt - now > MAX_SPACING_MS) {
    return { hydration: { nextAt: replan(), offered: inputs.logged ? false : prev.offered }, remind: false };
  }
  if (now >= prev.nextAt) return { hydration: { nextAt: replan(), offered: true }, remind: true };
  return { hydration: prev, remind: false };
}
