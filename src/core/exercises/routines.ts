import { EXERCISES, exerciseSeconds, type Dose, type ExerciseId, type Variant } from './catalogue';

export const BUILT_IN_ROUTINE_IDS = [
  'deskReset',
  'postureReset',
  'pilatesBreak',
  'movementBreak',
  'coreAndBack',
] as const;
export type BuiltInRoutineId = (typeof BUILT_IN_ROUTINE_IDS)[number];

export interface RoutineStep {
  exercise: ExerciseId;
  variant: Variant;
  /** A different dose than the exercise's usual one (e.g. a shorter plank). */
  dose?: Dose;
}

export interface Routine {
  id: string;
  /** Built-in routines are named in the locale files; custom ones carry the person's own name. */
  name: { key: string } | { text: string };
  /** The nominal length people choose by (1, 2, 5 minutes; a micro-break is 20 s). */
  minutes: number;
  /** Rest between steps, in seconds. */
  restSeconds: number;
  steps: RoutineStep[];
}

const builtIn = (id: BuiltInRoutineId, minutes: number, restSeconds: number, steps: RoutineStep[]): Routine => ({
  id,
  name: { key: `routines.${id}.name` },
  minutes,
  restSeconds,
  steps,
});

export const BUILT_IN_ROUTINES: readonly Routine[] = [
  // The micro-break: a 20-second reset at the desk.
  builtIn('deskReset', 1 / 3, 0, [
    { exercise: 'chinTuck', variant: 'desk', dose: { kind: 'reps', reps: 4, secondsPerRep: 3 } },
    { exercise: 'shoulderBladeSqueeze', variant: 'desk', dose: { kind: 'reps', reps: 3, secondsPerRep: 3 } },
  ]),
  builtIn('postureReset', 1, 5, [
    { exercise: 'chinTuck', variant: 'desk', dose: { kind: 'reps', reps: 5, secondsPerRep: 3 } },
    { exercise: 'shoulderBladeSqueeze', variant: 'desk', dose: { kind: 'reps', reps: 6, secondsPerRep: 3 } },
    { exercise: 'seatedSpineTwist', variant: 'desk', dose: { kind: 'time', seconds: 10 } },
  ]),
  builtIn('pilatesBreak', 2, 5, [
    { exercise: 'pelvicCurl', variant: 'desk', dose: { kind: 'reps', reps: 6, secondsPerRep: 5 } },
    { exercise: 'chestLift', variant: 'desk', dose: { kind: 'reps', reps: 6, secondsPerRep: 4 } },
    { exercise: 'seatedSpineTwist', variant: 'desk' },
    { exercise: 'wallAngels', variant: 'desk', dose: { kind: 'reps', reps: 5, secondsPerRep: 4 } },
  ]),
  builtIn('movementBreak', 5, 5, [
    { exercise: 'marchInPlace', variant: 'desk' },
    { exercise: 'powerWalk', variant: 'desk' },
    { exercise: 'wallAngels', variant: 'desk' },
  ]),
  builtIn('coreAndBack', 5, 10, [
    { exercise: 'birdDog', variant: 'floor', dose: { kind: 'reps', reps: 12, secondsPerRep: 4 } },
    { exercise: 'plank', variant: 'floor', dose: { kind: 'time', seconds: 45 } },
    { exercise: 'bridge', variant: 'floor', dose: { kind: 'reps', reps: 12, secondsPerRep: 4 } },
    { exercise: 'superman', variant: 'floor', dose: { kind: 'reps', reps: 10, secondsPerRep: 4 } },
    { exercise: 'sidePlank', variant: 'floor', dose: { kind: 'time', seconds: 30 } },
  ]),
];

export function findRoutine(id: string, custom: readonly Routine[] = []): Routine | null {
  return BUILT_IN_ROUTINES.find((r) => r.id === id) ?? custom.find((r) => r.id === id) ?? null;
}

/** One screen of the player: an exercise on one side (or both), timed or counted. */
export interface PlayerStep {
  exercise: ExerciseId;
  variant: Variant;
  side: 'left' | 'right' | null;
  /** Alternate left and right on each rep (bird dog). */
  alternating: boolean;
  dose: Dose;
  seconds: number;
  /** A rest screen before the next exercise. */
  rest: boolean;
}

/**
 * Turns a routine into the player's screens: an exercise done on each side becomes two screens
 * (left, then right), and a rest screen sits between exercises.
 */
export function expandRoutine(routine: Routine): PlayerStep[] {
  const steps: PlayerStep[] = [];
  routine.steps.forEach((step, i) => {
    const exercise = EXERCISES[step.exercise];
    const dose = step.dose ?? exercise.dose;
    const seconds = exerciseSeconds({ ...exercise, sides: 'none' }, dose);
    const base = { exercise: step.exercise, variant: step.variant, dose, seconds, rest: false };
    if (exercise.sides === 'each') {
      steps.push({ ...base, side: 'left', alternating: false }, { ...base, side: 'right', alternating: false });
    } else {
      steps.push({ ...base, side: null, alternating: exercise.sides === 'alternate' });
    }
    const next = routine.steps[i + 1];
    if (next && routine.restSeconds > 0) {
      steps.push({
        exercise: next.exercise,
        variant: next.variant,
        side: null,
        alternating: false,
        dose: { kind: 'time', seconds: routine.restSeconds },
        seconds: routine.restSeconds,
        rest: true,
      });
    }
  });
  return steps;
}

/** How long a routine really takes, rests included, in seconds. */
export function routineSeconds(routine: Routine): number {
  return expandRoutine(routine).reduce((sum, step) => sum + step.seconds, 0);
}
