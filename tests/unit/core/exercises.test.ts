import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXERCISE_IDS, EXERCISES, illustrationPath } from '../../../src/core/exercises/catalogue';
import {
  advancePlayer,
  finishPlayer,
  pausePlayer,
  previousStep,
  resumePlayer,
  skipStep,
  startPlayer,
  stepProgress,
} from '../../../src/core/exercises/player';
import { BUILT_IN_ROUTINES, expandRoutine, findRoutine, routineSeconds } from '../../../src/core/exercises/routines';
import { I18N_RESOURCES, SUPPORTED_LOCALES } from '../../../src/platform/i18n';

const lookup = (tree: unknown, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe('exercise catalogue', () => {
  it('has every exercise the trainer asked for, each with targets, a dose and variants', () => {
    for (const id of [
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
    ]) {
      expect(EXERCISE_IDS, id).toContain(id);
    }
    for (const exercise of Object.values(EXERCISES)) {
      expect(exercise.targets.length, exercise.id).toBeGreaterThan(0);
      expect(exercise.variants, exercise.id).toContain('desk');
      expect(exercise.cues, exercise.id).toBeGreaterThanOrEqual(3);
    }
    expect(EXERCISES.birdDog.sides).toBe('alternate');
    expect(EXERCISES.sidePlank.sides).toBe('each');
  });

  it('has every text in every locale, and an illustration on disk', () => {
    for (const locale of SUPPORTED_LOCALES) {
      const tree = I18N_RESOURCES[locale].translation;
      for (const exercise of Object.values(EXERCISES)) {
        const keys = ['name', 'why', 'desk', 'floor']
          .concat(Array.from({ length: exercise.cues }, (_, i) => `cues.${i}`))
          .concat(Array.from({ length: exercise.mistakes }, (_, i) => `mistakes.${i}`));
        for (const key of keys) {
          const text = lookup(tree, `exercises.${exercise.id}.${key}`);
          expect(typeof text === 'string' && text.length > 0, `${locale} exercises.${exercise.id}.${key}`).toBe(true);
        }
        expect(lookup(tree, `exercises.${exercise.id}.cues.${exercise.cues}`), 'no extra cues').toBeUndefined();
      }
      for (const routine of BUILT_IN_ROUTINES) {
        expect(typeof lookup(tree, `routines.${routine.id}.name`), `${locale} ${routine.id}`).toBe('string');
        expect(typeof lookup(tree, `routines.${routine.id}.description`), `${locale} ${routine.id}`).toBe('string');
      }
    }
    for (const id of EXERCISE_IDS) {
      expect(existsSync(join(import.meta.dirname, '../../../resources', illustrationPath(id))), id).toBe(true);
    }
  });

  it('routines use only catalogue exercises in variants they have, and last what they say', () => {
    for (const routine of BUILT_IN_ROUTINES) {
      for (const step of routine.steps) {
        expect(EXERCISES[step.exercise], `${routine.id}: ${step.exercise}`).toBeDefined();
        expect(EXERCISES[step.exercise].variants, `${routine.id}: ${step.exercise}`).toContain(step.variant);
      }
      const nominal = routine.minutes * 60;
      expect(Math.abs(routineSeconds(routine) - nominal) / nominal, routine.id).toBeLessThanOrEqual(0.15);
    }
    expect(BUILT_IN_ROUTINES.map((r) => r.minutes)).toEqual(expect.arrayContaining([1, 2, 5]));
  });

  it('expands two-sided exercises into a left and a right screen, with rests between exercises', () => {
    const steps = expandRoutine(findRoutine('coreAndBack')!);
    const names = steps.map((s) => (s.rest ? 'rest' : `${s.exercise}${s.side ? `:${s.side}` : ''}`));
    expect(names).toEqual([
      'birdDog',
      'rest',
      'plank',
      'rest',
      'bridge',
      'rest',
      'superman',
      'rest',
      'sidePlank:left',
      'sidePlank:right',
    ]);
    expect(steps[0]!.alternating).toBe(true);
  });
});

describe('exercise player', () => {
  const coreAndBack = findRoutine('coreAndBack')!;

  it('counts bird dog reps alternating sides, then moves on to the plank when the time is up', () => {
    let p = startPlayer(coreAndBack, 0);
    expect(stepProgress(p, 0)).toMatchObject({ rep: 1, side: 'left', remainingSeconds: 48 });
    expect(stepProgress(p, 4_000)).toMatchObject({ rep: 2, side: 'right' });
    p = advancePlayer(p, 48_000);
    expect(p.steps[p.index]!.rest).toBe(true);
    p = advancePlayer(p, 58_000);
    expect(stepProgress(p, 58_000)).toMatchObject({ step: { exercise: 'plank' }, rep: null, remainingSeconds: 45 });
    expect(p.completed).toEqual(['birdDog']);
  });

  it('pauses and resumes without losing time; skip and previous move between screens', () => {
    let p = startPlayer(coreAndBack, 0);
    p = pausePlayer(p, 10_000);
    expect(stepProgress(p, 500_000)!.remainingSeconds).toBe(38);
    p = resumePlayer(p, 500_000);
    expect(stepProgress(p, 501_000)!.remainingSeconds).toBe(37);
    p = skipStep(p, 501_000);
    expect(p.index).toBe(1);
    p = previousStep(p, 502_000);
    expect(p.index).toBe(0);
    expect(p.completed).toEqual([]);
  });

  it('plays a whole routine through, counting a two-sided exercise once', () => {
    const p = advancePlayer(startPlayer(coreAndBack, 0), routineSeconds(coreAndBack) * 1000);
    expect(p.finished).toBe(true);
    expect(p.endedEarly).toBe(false);
    expect(p.completed).toEqual(['birdDog', 'plank', 'bridge', 'superman', 'sidePlank']);
  });

  it('"Done" ends early and keeps what was completed', () => {
    const p = finishPlayer(advancePlayer(startPlayer(coreAndBack, 0), 60_000));
    expect(p).toMatchObject({ finished: true, endedEarly: true, completed: ['birdDog'] });
  });
});
