import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { astronautDataAndOut, expectUsageError, runScript } from '../support/pose-page';

test.describe('make:calibration-choices', () => {
  const dirs = astronautDataAndOut('choices');

  test('makes a data set per choice of calibration photo that eval:posture scores with the real model', () => {
    test.setTimeout(150_000);
    const made = runScript('make-calibration-choices', '--data', dirs.data, '--out', dirs.out, '--take', '1');
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('astronaut: 2 choices of 1 calibration photos');
    expect(existsSync(join(dirs.out, 'astronaut-choice0', 'calibrate', 'a.png'))).toBe(true);
    expect(existsSync(join(dirs.out, 'astronaut-choice1', 'calibrate', 'sitting-tall.png'))).toBe(true);

    const scored = runScript('eval-posture', '--data', dirs.out, '--json');
    expect(scored.status, scored.stderr).toBe(0);
    const result = JSON.parse(scored.stdout.trim().split('\n').at(-1)!);
    // Whichever photo of her sitting tall calibrates, the other is upright and the slump is caught.
    for (const choice of ['astronaut-choice0', 'astronaut-choice1'])
      expect(result.perSubject[choice]).toMatchObject({ images: 2, uprightFalseAlarmRate: 0, slouchRecall: 1 });
  });

  test('says what is wrong with its arguments', () => {
    expectUsageError(
      'make-calibration-choices',
      ['--data', dirs.data],
      /usage: npm run make:calibration-choices -- --data DIR --out OUT/,
    );
    expectUsageError(
      'make-calibration-choices',
      ['--data', dirs.data, '--out', dirs.out, '--take', '2'],
      /astronaut left out: 2 calibration photos would leave no upright one to judge/,
      /no subject has more than 2 upright photos to choose from/,
    );
  });
});
