/**
 * The exercise catalogue: facts only (targets, dose, sides, difficulty, variants). Every word a
 * person reads lives in the locale files under `exercises.<id>` (name, why, cues, mistakes, desk
 * and floor variants), so each text is translated; a unit test checks that every key exists.
 */
export const EXERCISE_IDS = [
  'pelvicCurl',
  'chestLift',
  'seatedSpineTwist',
  'birdDog',
  'superman',
  'bridge',
  'plank',
  'sidePlank',
  'shoulderBladeSqueeze',
  'chinTuck',
  'marchInPlace',
  'powerWalk',
  'wallAngels',
] as const;
export type ExerciseId = (typeof EXERCISE_IDS)[number];

export type Target = 'core' | 'back' | 'glutes' | 'posture' | 'cardio';

/** How sides work: none; alternate left and right each rep; or the whole set on each side. */
export type Sides = 'none' | 'alternate' | 'each';

export type Dose = { kind: 'time'; seconds: number } | { kind: 'reps'; reps: number; secondsPerRep: number };

export type Variant = 'desk' | 'floor';

export interface Exercise {
  id: ExerciseId;
  targets: Target[];
  difficulty: 1 | 2 | 3;
  sides: Sides;
  dose: Dose;
  /** The variants this exercise has; desk ones work in office clothes without the floor. */
  variants: Variant[];
  /** Number of step-by-step cues and common mistakes in the locale files. */
  cues: number;
  mistakes: number;
}

/** The illustration of an exercise, an SVG in resources/exercises (no photos). */
export function illustrationPath(id: ExerciseId): string {
  return `exercises/${id}.svg`;
}

const both: Variant[] = ['desk', 'floor'];

export const EXERCISES: Readonly<Record<ExerciseId, Exercise>> = {
  pelvicCurl: {
    id: 'pelvicCurl',
    targets: ['core', 'glutes'],
    difficulty: 1,
    sides: 'none',
    dose: { kind: 'reps', reps: 8, secondsPerRep: 5 },
    variants: both,
    cues: 4,
    mistakes: 2,
  },
  chestLift: {
    id: 'chestLift',
    targets: ['core'],
    difficulty: 2,
    sides: 'none',
    dose: { kind: 'reps', reps: 8, secondsPerRep: 4 },
    variants: both,
    cues: 4,
    mistakes: 2,
  },
  seatedSpineTwist: {
    id: 'seatedSpineTwist',
    targets: ['back', 'posture'],
    difficulty: 1,
    sides: 'each',
    dose: { kind: 'time', seconds: 15 },
    variants: both,
    cues: 3,
    mistakes: 2,
  },
  birdDog: {
    id: 'birdDog',
    targets: ['core', 'back'],
    difficulty: 2,
    sides: 'alternate',
    dose: { kind: 'reps', reps: 10, secondsPerRep: 4 },
    variants: both,
    cues: 4,
    mistakes: 2,
  },
  superman: {
    id: 'superman',
    targets: ['back', 'posture'],
    difficulty: 2,
    sides: 'none',
    dose: { kind: 'reps', reps: 8, secondsPerRep: 4 },
    variants: both,
    cues: 3,
    mistakes: 2,
  },
  bridge: {
    id: 'bridge',
    targets: ['glutes', 'core'],
    difficulty: 1,
    sides: 'none',
    dose: { kind: 'reps', reps: 10, secondsPerRep: 4 },
    variants: both,
    cues: 4,
    mistakes: 2,
  },
  plank: {
    id: 'plank',
    targets: ['core', 'back'],
    difficulty: 2,
    sides: 'none',
    dose: { kind: 'time', seconds: 30 },
    variants: both,
    cues: 3,
    mistakes: 2,
  },
  sidePlank: {
    id: 'sidePlank',
    targets: ['core'],
    difficulty: 3,
    sides: 'each',
    dose: { kind: 'time', seconds: 20 },
    variants: both,
    cues: 3,
    mistakes: 2,
  },
  shoulderBladeSqueeze: {
    id: 'shoulderBladeSqueeze',
    targets: ['posture', 'back'],
    difficulty: 1,
    sides: 'none',
    dose: { kind: 'reps', reps: 10, secondsPerRep: 3 },
    variants: ['desk'],
    cues: 3,
    mistakes: 2,
  },
  chinTuck: {
    id: 'chinTuck',
    targets: ['posture'],
    difficulty: 1,
    sides: 'none',
    dose: { kind: 'reps', reps: 8, secondsPerRep: 3 },
    variants: ['desk'],
    cues: 3,
    mistakes: 2,
  },
  marchInPlace: {
    id: 'marchInPlace',
    targets: ['cardio'],
    difficulty: 1,
    sides: 'none',
    dose: { kind: 'time', seconds: 60 },
    variants: ['desk'],
    cues: 3,
    mistakes: 2,
  },
  powerWalk: {
    id: 'powerWalk',
    targets: ['cardio'],
    difficulty: 1,
    sides: 'none',
    dose: { kind: 'time', seconds: 180 },
    variants: ['desk'],
    cues: 3,
    mistakes: 2,
  },
  wallAngels: {
    id: 'wallAngels',
    targets: ['posture', 'back'],
    difficulty: 1,
    sides: 'none',
    dose: { kind: 'reps', reps: 8, secondsPerRep: 4 },
    variants: ['desk'],
    cues: 3,
    mistakes: 2,
  },
};

/** Seconds one dose takes, per side where the exercise is done on each side. */
export function doseSeconds(dose: Dose): number {
  return dose.kind === 'time' ? dose.seconds : dose.reps * dose.secondsPerRep;
}

/** Total seconds an exercise takes with this dose, both sides included. */
export function exerciseSeconds(exercise: Exercise, dose: Dose = exercise.dose): number {
  return doseSeconds(dose) * (exercise.sides === 'each' ? 2 : 1);
}
