import { expect, test } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { imageSize } from '../../scripts/photo-files';
import { ASTRONAUT_JPG } from '../support/fake-camera.mjs';
import { expectUsageError, runScript as script } from '../support/pose-page';

test.describe('make:photo-set', () => {
  let out = '';
  test.beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'stand-tall-photo-set-'));
  });
  test.afterAll(() => rmSync(out, { recursive: true, force: true }));

  test('makes one person a subject from one photo: each variation upright against calibration', () => {
    test.setTimeout(180_000);
    const made = script('make-photo-set', '--photo', ASTRONAUT_JPG, '--out', out, '--name', 'astro');
    expect(made.status, made.stderr).toBe(0);
    const subject = join(out, 'astro');
    expect(readdirSync(join(subject, 'calibrate')).sort()).toEqual(['c0.jpg', 'c1.jpg', 'c2.jpg']);
    const uprights = readdirSync(join(subject, 'upright'));
    expect(uprights).toHaveLength(10);
    for (const file of uprights) expect(imageSize(join(subject, 'upright', file))).toEqual(imageSize(ASTRONAUT_JPG));

    // Scored by the real model as any data set is: every variation found, none called slouched.
    const scored = script('eval-posture', '--data', out, '--json');
    expect(scored.status, scored.stderr).toBe(0);
    const result = JSON.parse(scored.stdout.trim().split('\n').at(-1)!);
    expect(result.perSubject.astro).toMatchObject({ images: 10, unknown: 0, uprightFalseAlarmRate: 0 });
  });

  test('a missing photo or output folder gets a clear error and exit code 2', () => {
    expectUsageError('make-photo-set', ['--out', out], /usage: npm run make:photo-set/);
    expectUsageError('make-photo-set', ['--photo', join(out, 'none.jpg'), '--out', out], /no such file/);
    expectUsageError('make-photo-set', ['--photo', ASTRONAUT_JPG, '--out', out, '--name', '../x'], /--name/);
  });
});
