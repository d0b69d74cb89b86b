import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keypointsOf } from '../../scripts/eval-keypoints';
import { postureFeatures } from '../../src/core/posture/features';
import { inCalibratedPlace } from '../../src/core/posture/place-looks';
import { astronautPhoto } from '../support/fake-camera.mjs';
import { astronautDataAndOut, calibrateOnPhoto, expectUsageError, runScript as script } from '../support/pose-page';

test.describe('make:slump-moves', () => {
  const dirs = astronautDataAndOut('slump-moves');

  test('moves the person lower and leaves the room, and a move that large is a slump against the calibration', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const made = script('make-slump-moves', '--data', dirs.data, '--out', dirs.out, '--percent', '3,10');
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain(join(dirs.out, 'lower10'));
    const set = (p: number) => join(dirs.out, `lower${p}`, 'astronaut');
    // Calibration photos are copied as they are; the upright photo becomes the slump.
    expect(readFileSync(join(set(10), 'calibrate', 'a.png'))).toEqual(readFileSync(astronautPhoto()));
    const moved = join(set(10), 'slouched', 'sitting-tall.png');

    // With the real model: the head and the shoulders are lower by about the share asked.
    const { sample: before, baseline } = await calibrateOnPhoto(page, astronautPhoto());
    const after = await keypointsOf(page, moved);
    expect(after, 'a person in the moved photo').not.toBeNull();
    const [was, now] = [postureFeatures(before), postureFeatures(after!)];
    expect(now.headY! - was.headY!).toBeGreaterThan(0.07);
    expect(now.headY! - was.headY!).toBeLessThan(0.13);
    expect(Math.abs(now.headX! - was.headX!)).toBeLessThan(0.02);
    // The room around her is where it was: the camera still sees the calibrated place.
    expect(inCalibratedPlace(baseline, after!.scene)).toBe(true);

    // Scored as eval:posture scores any data set: 10 % lower is caught, 3 % is not.
    const recall = (p: number) => {
      const scored = script('eval-posture', '--data', join(dirs.out, `lower${p}`), '--json');
      expect(scored.status, scored.stderr).toBe(0);
      return JSON.parse(scored.stdout.trim().split('\n').at(-1)!).slouchRecall;
    };
    expect(recall(10)).toBe(1);
    expect(recall(3)).toBe(0);

    // Leaning in: the person 15 % larger about the rectangle's top, not moved down. The model
    // sees her face that much wider, and her head lower by the growth above it (2 face widths
    // × 15 %), in the calibrated place.
    const leant = script(
      'make-slump-moves',
      '--data',
      dirs.data,
      '--out',
      dirs.out,
      '--percent',
      '0',
      '--nearer',
      '15',
    );
    expect(leant.status, leant.stderr).toBe(0);
    const near = await keypointsOf(
      page,
      join(dirs.out, 'nearer15-lower0', 'astronaut', 'slouched', 'sitting-tall.png'),
    );
    expect(near, 'a person in the nearer photo').not.toBeNull();
    const nearer = postureFeatures(near!);
    expect(nearer.faceWidth! / was.faceWidth!).toBeGreaterThan(1.08);
    expect(nearer.faceWidth! / was.faceWidth!).toBeLessThan(1.22);
    const sank = ((nearer.headY! - was.headY!) * near!.frameHeight) / was.faceWidth!;
    expect(sank).toBeGreaterThan(0.15);
    expect(sank).toBeLessThan(0.45);
    expect(inCalibratedPlace(baseline, near!.scene)).toBe(true);
  });

  test('a missing output folder or a bad share gets a clear error and exit code 2', () => {
    expectUsageError(
      'make-slump-moves',
      ['--data', dirs.data],
      /usage: npm run make:slump-moves -- --data DIR --out OUT/,
    );
    expectUsageError(
      'make-slump-moves',
      ['--data', dirs.data, '--out', dirs.out, '--percent', '5,lots'],
      /make:slump-moves: --percent 5,lots: expected/,
    );
    // Not lower at all is a slump only when the person also comes nearer.
    expectUsageError(
      'make-slump-moves',
      ['--data', dirs.data, '--out', dirs.out, '--percent', '0'],
      /make:slump-moves: --percent 0: expected .*or 0 with --nearer/,
    );
    expectUsageError(
      'make-slump-moves',
      ['--data', dirs.data, '--out', dirs.out, '--nearer', 'much'],
      /make:slump-moves: --nearer much: expected/,
    );
  });
});
