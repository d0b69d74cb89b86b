import type { ExerciseId } from './catalogue';
import { expandRoutine, type PlayerStep, type Routine } from './routines';

/** The exercise player as pure state; the page ticks it with the time. */
export interface PlayerState {
  routineId: string;
  steps: PlayerStep[];
  index: number;
  /** Time spent in the current step before the last pause. */
  elapsedMs: number;
  /** Running since then; null while paused or finished. */
  runningSince: number | null;
  startedAt: number;
  /** Exercises played to the end of their time (skipped ones are not). */
  completed: ExerciseId[];
  finished: boolean;
  /** Ended with "Done" before the last step. */
  endedEarly: boolean;
}

export function startPlayer(routine: Routine, now: number): PlayerState {
  return {
    routineId: routine.id,
    steps: expandRoutine(routine),
    index: 0,
    elapsedMs: 0,
    runningSince: now,
    startedAt: now,
    completed: [],
    finished: false,
    endedEarly: false,
  };
}

export function elapsedInStep(p: PlayerState, now: number): number {
  return p.elapsedMs + (p.runningSince === null ? 0 : Math.max(0, now - p.runningSince));
}

function markDone(p: PlayerState): ExerciseId[] {
  const step = p.steps[p.index];
  if (!step || step.rest) return p.completed;
  // A two-sided exercise counts once, when its second side is done.
  if (step.side === 'left') return p.completed;
  return [...p.completed, step.exercise];
}

function moveTo(p: PlayerState, index: number, now: number, completed: ExerciseId[]): PlayerState {
  if (index >= p.steps.length) return { ...p, completed, runningSince: null, elapsedMs: 0, finished: true };
  return { ...p, index, elapsedMs: 0, runningSince: p.runningSince === null ? null : now, completed };
}

/** Moves on when the current step's time is up (several steps if the page slept). */
export function advancePlayer(p: PlayerState, now: number): PlayerState {
  let state = p;
  while (!state.finished && state.runningSince !== null) {
    const step = state.steps[state.index]!;
    const over = elapsedInStep(state, now) - step.seconds * 1000;
    if (over < 0) break;
    const stepEnd = now - over;
    state = moveTo(state, state.index + 1, stepEnd, markDone(state));
  }
  return state;
}

export function pausePlayer(p: PlayerState, now: number): PlayerState {
  if (p.runningSince === null || p.finished) return p;
  return { ...p, elapsedMs: elapsedInStep(p, now), runningSince: null };
}

export function resumePlayer(p: PlayerState, now: number): PlayerState {
  if (p.runningSince !== null || p.finished) return p;
  return { ...p, runningSince: now };
}

export function skipStep(p: PlayerState, now: number): PlayerState {
  return p.finished ? p : moveTo(p, p.index + 1, now, p.completed);
}

export function previousStep(p: PlayerState, now: number): PlayerState {
  return p.finished ? p : moveTo(p, Math.max(0, p.index - 1), now, p.completed);
}

/** "Done": ends the session now, keeping what was completed. */
export function finishPlayer(p: PlayerState): PlayerState {
  return p.finished ? p : { ...p, finished: true, endedEarly: true, runningSince: null };
}

export interface StepProgress {
  step: PlayerStep;
  remainingSeconds: number;
  /** 0 at the start of the step, 1 at its end. */
  fraction: number;
  /** For counted steps: the rep in progress (1-based). */
  rep: number | null;
  /** The side of the current rep for alternating exercises, else the step's side. */
  side: 'left' | 'right' | null;
}

export function stepProgress(p: PlayerState, now: number): StepProgress | null {
  const step = p.steps[p.index];
  if (!step || p.finished) return null;
  const elapsed = Math.min(elapsedInStep(p, now), step.seconds * 1000);
  const rep =
    step.dose.kind === 'reps' && !step.rest
      ? Math.min(step.dose.reps, Math.floor(elapsed / (step.dose.secondsPerRep * 1000)) + 1)
      : null;
  const side = step.alternating && rep !== null ? (rep % 2 === 1 ? 'left' : 'right') : step.side;
  return {
    step,
    remainingSeconds: Math.ceil((step.seconds * 1000 - elapsed) / 1000),
    fraction: step.seconds > 0 ? elapsed / (step.seconds * 1000) : 1,
    rep,
    side,
  };
}
