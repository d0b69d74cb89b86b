import { NEVER } from '../clock';
import type { QuietSettings, Workday } from '../settings/schema';

/** Why monitoring is quiet right now (camera released, no alerts), most binding first. */
export const QUIET_REASONS = [
  'suspended',
  'locked',
  'paused',
  'snoozed',
  'off-hours',
  'on-battery',
  'fullscreen',
] as const;
export type QuietReason = (typeof QUIET_REASONS)[number];

export interface QuietStatus {
  reason: QuietReason;
  /**
   * When monitoring resumes by itself: the end of a pause or snooze, or the start of working
   * hours. Null when it resumes as soon as the condition ends (unlock, wake, mains power).
   */
  resumesAt: number | null;
}

/** What the operating system tells the host; each flag is reported as it changes. */
export interface SystemState {
  locked: boolean;
  suspended: boolean;
  onBattery: boolean;
  fullscreen: boolean;
  /** How long there has been no keyboard or mouse input (ms); long enough, it is a natural break. */
  idleMs: number;
  /** The display layout (sizes and positions), to notice when a calibration may no longer fit. */
  displays: string;
}

export const IDLE_SYSTEM: SystemState = {
  locked: false,
  suspended: false,
  onBattery: false,
  fullscreen: false,
  idleMs: 0,
  displays: '',
};

export interface PauseLike {
  until: number;
  kind: 'pause' | 'snooze';
}

/** How far ahead to look for the next working period (a whole week covers every rule). */
const SEARCH_DAYS = 8;

function dayStart(epochMs: number, addDays: number): Date {
  const d = new Date(epochMs);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + addDays);
}

/** A local wall-clock minute of a calendar day, built from calendar fields so DST is honoured. */
function atMinute(day: Date, minute: number): number {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), 0, minute).getTime();
}

/** A working day's period; one that ends at or before its start ends the next day (a night shift). */
function period(day: Date, workday: Workday): { start: number; end: number } | null {
  if (!workday.enabled) return null;
  const endDay = workday.end > workday.start ? day : dayStart(day.getTime(), 1);
  return { start: atMinute(day, workday.start), end: atMinute(endDay, workday.end) };
}

/** Inside working hours now, and when that next changes (null when the rule never changes it). */
export function workingHoursAt(
  quiet: Pick<QuietSettings, 'workingHoursEnabled' | 'workingHours'>,
  now: number,
): { inside: boolean; nextChange: number | null } {
  if (!quiet.workingHoursEnabled) return { inside: true, nextChange: null };
  // From yesterday, whose night shift may still run; periods that meet or overlap are one.
  const periods: { start: number; end: number }[] = [];
  for (let offset = -1; offset < SEARCH_DAYS; offset++) {
    const day = dayStart(now, offset);
    const next = period(day, quiet.workingHours[day.getDay()]!);
    const last = periods.at(-1);
    if (next && last && next.start <= last.end) last.end = Math.max(last.end, next.end);
    else if (next) periods.push(next);
  }
  const current = periods.find((p) => p.end > now);
  // Every day switched off: working hours never begin.
  if (!current) return { inside: false, nextChange: null };
  return current.start <= now
    ? { inside: true, nextChange: current.end }
    : { inside: false, nextChange: current.start };
}

/**
 * The end of the night shift under way (a working day that runs past midnight and holds `now`),
 * or null: "pause until tomorrow" in a night shift means for the rest of it, not until midnight.
 */
export function nightShiftEnd(
  quiet: Pick<QuietSettings, 'workingHoursEnabled' | 'workingHours'>,
  now: number,
): number | null {
  if (!quiet.workingHoursEnabled) return null;
  for (const offset of [-1, 0]) {
    const day = dayStart(now, offset);
    const workday = quiet.workingHours[day.getDay()]!;
    const shift = workday.end <= workday.start ? period(day, workday) : null;
    if (shift && shift.start <= now && now < shift.end) return shift.end;
  }
  return null;
}

/**
 * The one rule for "should Stand Tall be watching now?". Sleep and lock win over everything
 * (nothing to see, and nobody to nudge); an explicit pause or snooze comes next; then the
 * person's schedule and the optional power and full-screen rules.
 */
export function quietStatus(
  pause: PauseLike | null,
  system: SystemState,
  quiet: QuietSettings,
  now: number,
): QuietStatus | null {
  if (system.suspended) return { reason: 'suspended', resumesAt: null };
  if (system.locked && quiet.pauseOnLock) return { reason: 'locked', resumesAt: null };
  if (pause && pause.until > now) {
    return {
      reason: pause.kind === 'snooze' ? 'snoozed' : 'paused',
      resumesAt: pause.until >= NEVER ? null : pause.until,
    };
  }
  const hours = workingHoursAt(quiet, now);
  if (!hours.inside) return { reason: 'off-hours', resumesAt: hours.nextChange };
  if (system.onBattery && quiet.pauseOnBattery) return { reason: 'on-battery', resumesAt: null };
  if (system.fullscreen && quiet.pauseOnFullscreen) return { reason: 'fullscreen', resumesAt: null };
  return null;
}

/** The next instant at which the quiet status can change without any report (a timer's job). */
export function nextQuietChange(pause: PauseLike | null, quiet: QuietSettings, now: number): number | null {
  const candidates = [
    pause && pause.until > now && pause.until < NEVER ? pause.until : null,
    workingHoursAt(quiet, now).nextChange,
  ];
  const due = candidates.filter((t): t is number => t !== null && t > now);
  return due.length ? Math.min(...due) : null;
}
