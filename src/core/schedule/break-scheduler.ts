import { MINUTE_MS } from '../clock';
import { findRoutine, routineSeconds, type Routine } from '../exercises/routines';
import type { BreakSettings } from '../settings/schema';

export const BREAK_KINDS = ['micro', 'movement'] as const;
export type BreakKind = (typeof BREAK_KINDS)[number];

export interface BreakTimer {
  /** When this break is next due. */
  dueAt: number;
  /** Postponements of the current break so far. */
  postponed: number;
  /** The pre-break warning for the current due time was given. */
  warned: boolean;
}

export interface BreakState {
  timers: Record<BreakKind, BreakTimer>;
  /** The break being offered right now, if any. */
  due: BreakKind | null;
  /** The last time the scheduler ran; a much larger gap means the machine slept unreported. */
  lastStepAt: number;
  /** Monitoring was quiet at the last step: the rhythm starts afresh when it ends. */
  wasQuiet: boolean;
}

export type BreakEffect =
  | { type: 'break-warning'; kind: BreakKind; routineId: string; dueAt: number }
  | { type: 'break-due'; kind: BreakKind; routineId: string; canPostpone: boolean; canSkip: boolean };

export interface BreakStep {
  breaks: BreakState;
  effects: BreakEffect[];
}

export interface BreakInputs {
  /** Monitoring is quiet (paused, locked, asleep, off hours): no breaks, and the rhythm restarts. */
  quiet: boolean;
  /** How long the person has been idle (no keyboard or mouse), in ms. */
  idleMs: number;
}

export function intervalMs(kind: BreakKind, settings: BreakSettings): number {
  return (kind === 'micro' ? settings.microIntervalMinutes : settings.movementIntervalMinutes) * MINUTE_MS;
}

export function routineFor(kind: BreakKind, settings: BreakSettings): Routine {
  const id = kind === 'micro' ? settings.microRoutine : settings.movementRoutine;
  return findRoutine(id, customRoutines(settings)) ?? findRoutine(kind === 'micro' ? 'deskReset' : 'movementBreak')!;
}

export function customRoutines(settings: BreakSettings): Routine[] {
  return settings.customRoutines.map((r) => ({
    id: r.id,
    name: { text: r.name },
    minutes: 0,
    restSeconds: 5,
    steps: r.steps,
  }));
}

function enabled(kind: BreakKind, settings: BreakSettings): boolean {
  return kind === 'micro' ? settings.microEnabled : settings.movementEnabled;
}

const fresh = (kind: BreakKind, settings: BreakSettings, now: number): BreakTimer => ({
  dueAt: now + intervalMs(kind, settings),
  postponed: 0,
  warned: false,
});

export function initialBreaks(settings: BreakSettings, now: number): BreakState {
  return {
    timers: { micro: fresh('micro', settings, now), movement: fresh('movement', settings, now) },
    due: null,
    lastStepAt: now,
    wasQuiet: false,
  };
}

/**
 * The break rhythm as a pure step: breaks come due after their interval, with a warning first; a
 * natural break (idle at least as long as the break) or any quiet spell (lock, sleep, pause, off
 * hours) restarts the rhythm; a gap in time much longer than any interval (a sleep nobody
 * reported, a clock jump) does too, instead of firing a pile of overdue breaks, and so does a
 * clock set back, instead of a break that waits as long again.
 */
export function stepBreaks(prev: BreakState, inputs: BreakInputs, settings: BreakSettings, now: number): BreakStep {
  const effects: BreakEffect[] = [];
  const gap = now - prev.lastStepAt;
  const jumped = prev.wasQuiet || gap > 2 * Math.max(intervalMs('micro', settings), intervalMs('movement', settings));
  const timers = { ...prev.timers };
  let due = prev.due;
  for (const kind of BREAK_KINDS) {
    const breakMs = routineSeconds(routineFor(kind, settings)) * 1000;
    const natural = inputs.idleMs >= Math.max(breakMs, 20_000);
    // Due further ahead than it can be set: the clock was set back since.
    const unreachable =
      timers[kind].dueAt - now > Math.max(intervalMs(kind, settings), settings.postponeMinutes * MINUTE_MS);
    if (!enabled(kind, settings) || inputs.quiet || jumped || natural || unreachable) {
      timers[kind] = fresh(kind, settings, now);
      if (due === kind) due = null;
    }
  }
  if (inputs.quiet) return { breaks: { timers, due: null, lastStepAt: now, wasQuiet: true }, effects };

  if (due === null) {
    // A movement break covers a micro-break due at the same time.
    const ready = BREAK_KINDS.filter((k) => enabled(k, settings) && timers[k].dueAt <= now);
    const next = ready.includes('movement') ? 'movement' : (ready[0] ?? null);
    if (next) {
      due = next;
      if (next === 'movement') timers.micro = fresh('micro', settings, now);
      const timer = timers[next];
      effects.push({
        type: 'break-due',
        kind: next,
        routineId: routineFor(next, settings).id,
        canPostpone: !settings.strict && timer.postponed < settings.maxPostpones,
        canSkip: !settings.strict,
      });
    }
  }
  for (const kind of BREAK_KINDS) {
    const timer = timers[kind];
    const warnAt = timer.dueAt - settings.warningSeconds * 1000;
    if (enabled(kind, settings) && settings.warningSeconds > 0 && !timer.warned && due !== kind && now >= warnAt) {
      timers[kind] = { ...timer, warned: true };
      if (now < timer.dueAt) {
        effects.push({ type: 'break-warning', kind, routineId: routineFor(kind, settings).id, dueAt: timer.dueAt });
      }
    }
  }
  return { breaks: { timers, due, lastStepAt: now, wasQuiet: false }, effects };
}

/** A break was taken (started from the offer, the tray or the dashboard): its rhythm restarts. */
export function breakTaken(prev: BreakState, kind: BreakKind, settings: BreakSettings, now: number): BreakState {
  const timers = { ...prev.timers, [kind]: fresh(kind, settings, now) };
  if (kind === 'movement') timers.micro = fresh('micro', settings, now);
  return { ...prev, timers, due: prev.due === kind || kind === 'movement' ? null : prev.due };
}

/** Postpone the break on offer, if the limit allows; returns the state unchanged otherwise. */
export function postponeBreak(prev: BreakState, settings: BreakSettings, now: number): BreakState {
  const kind = prev.due;
  if (!kind || settings.strict || prev.timers[kind].postponed >= settings.maxPostpones) return prev;
  const timer = prev.timers[kind];
  return {
    ...prev,
    due: null,
    timers: {
      ...prev.timers,
      [kind]: { dueAt: now + settings.postponeMinutes * MINUTE_MS, postponed: timer.postponed + 1, warned: false },
    },
  };
}

/** Skip the break on offer (not in strict mode): the next one comes a full interval later. */
export function skipBreak(prev: BreakState, settings: BreakSettings, now: number): BreakState {
  if (!prev.due || settings.strict) return prev;
  return breakTaken(prev, prev.due, settings, now);
}

/** When the scheduler next needs to run by itself. */
export function nextBreakDeadline(state: BreakState, settings: BreakSettings): number | null {
  // While a break is on offer the rhythm waits for the answer (or a natural break).
  if (state.due !== null) return null;
  const times: number[] = [];
  for (const kind of BREAK_KINDS) {
    if (!enabled(kind, settings) || state.due === kind) continue;
    const timer = state.timers[kind];
    if (!timer.warned && settings.warningSeconds > 0) times.push(timer.dueAt - settings.warningSeconds * 1000);
    times.push(timer.dueAt);
  }
  return times.length ? Math.min(...times) : null;
}
