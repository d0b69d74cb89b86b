import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { keypointsOf } from '../../scripts/eval-keypoints';
import type { Keypoint } from '../../src/core/pose/keypoints';
import { postureFeatures } from '../../src/core/posture/features';
import { astronautPhoto } from '../support/fake-camera.mjs';
import { astronautDataAndOut, calibrateOnPhoto, expectUsageError, runScript as script } from '../support/pose-page';

const degrees = (radians: number) => (radians * 180) / Math.PI;

test.describe('make:head-tilts', () => {
  const dirs = astronautDataAndOut('tilts');

  test('rolls each head and leaves the body, and a tilted head is no slump against the calibration', async ({
    page,
  }) => {
    test.setTimeout(300_000);
    const made = script('make-head-tilts', '--data', dirs.data, '--out', dirs.out, '--degrees', '-30,30');
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain(join(dirs.out, 'tilt-30'));
    const tilted = (d: number) => join(dirs.out, `tilt${d}`, 'astronaut');
    // Calibration photos are copied as they are.
    expect(readFileSync(join(tilted(30), 'calibrate', 'a.png'))).toEqual(readFileSync(astronautPhoto()));
    expect(existsSync(join(tilted(-30), 'slouched', 'slumped.png'))).toBe(true);

    // With the real model: the head is rolled the way asked, and the shoulders stay (MoveNet drags
    // the shoulder point beside a tilted head a little, so within 5 % of the frame and a few degrees).
    const { sample } = await calibrateOnPhoto(page, astronautPhoto());
    const before = postureFeatures(sample);
    for (const d of [-30, 30]) {
      const after = await keypointsOf(page, join(tilted(d), 'upright', 'sitting-tall.png'));
      expect(after, `a person in the ${d}° photo`).not.toBeNull();
      const features = postureFeatures(after!);
      const rolled = degrees(features.headRoll! - before.headRoll!);
      expect(Math.sign(rolled), `roll at ${d}°`).toBe(Math.sign(d));
      expect(Math.abs(rolled), `roll at ${d}°`).toBeGreaterThan(15);
      for (const name of ['left_shoulder', 'right_shoulder']) {
        const [was, now] = [sample, after!].map((s) => s.keypoints.find((k) => k.name === name)!) as [
          Keypoint,
          Keypoint,
        ];
        expect(Math.hypot(now.x - was.x, now.y - was.y) / sample.frameHeight, name).toBeLessThan(0.05);
      }
      const shoulderLine = degrees(features.shoulderTilt! - before.shoulderTilt!);
      expect(Math.abs(rolled), `roll at ${d}° against the shoulder line`).toBeGreaterThan(3 * Math.abs(shoulderLine));
    }

    // Scored as eval:posture scores any data set: sitting tall with the head tilted is upright.
    for (const d of [-30, 30]) {
      const scored = script('eval-posture', '--data', join(dirs.out, `tilt${d}`), '--json');
      expect(scored.status, scored.stderr).toBe(0);
      const result = JSON.parse(scored.stdout.trim().split('\n').at(-1)!);
      expect(result.perSubject.astronaut, `${d}°`).toMatchObject({ unknown: 0, uprightFalseAlarmRate: 0 });
    }
  });

  test('a missing output folder or a bad angle gets a clear error and exit code 2', () => {
    expectUsageError(
      'make-head-tilts',
      ['--data', dirs.data],
      /usage: npm run make:head-tilts -- --data DIR --out OUT/,
    );
    expectUsageError(
      'make-head-tilts',
      ['--data', dirs.data, '--out', dirs.out, '--degrees', '20,sideways'],
      /make:head-tilts: --degrees 20,sideways: expected/,
    );
    expectUsageError(
      'make-head-tilts',
      ['--data', join(dirs.data, 'nope'), '--out', dirs.out],
      /make:head-tilts: .*no such folder/,
    );
  });
});
