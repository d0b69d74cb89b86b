import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { WALL_RGB, wallLight } from '../../scripts/bare-wall';
import { keypointsOf } from '../../scripts/eval-keypoints';
import { imageSize } from '../../scripts/photo-files';
import { samePlace } from '../../src/core/pose/scene';
import { postureFeatures } from '../../src/core/posture/features';
import { astronautPhoto } from '../support/fake-camera.mjs';
import { astronautDataAndOut, calibrateOnPhoto, expectUsageError, runScript as script } from '../support/pose-page';

/** The colour of the photo's pixel at (x, y), as ffmpeg decodes it. */
function pixel(file: string, x: number, y: number): number[] {
  const args = ['-v', 'error', '-i', file, '-vf', `crop=1:1:${x}:${y}`, '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'];
  return [...spawnSync('ffmpeg', args).stdout];
}

test.describe('make:plain-wall', () => {
  const dirs = astronautDataAndOut('plain-wall');

  test('paints a bare wall round the person’s outline in every photo and leaves the person where they were', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const made = script('make-plain-wall', '--data', dirs.data, '--out', dirs.out);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain(dirs.out);
    const painted = (folder: string, name: string) => join(dirs.out, 'astronaut', folder, name);
    const photos = { calibrate: 'a.png', upright: 'sitting-tall.png', slouched: 'slumped.png' };
    for (const [folder, name] of Object.entries(photos))
      expect(existsSync(painted(folder, name)), `${folder}/${name}`).toBe(true);

    // The corner, and the backdrop beside her hair (inside the rectangle a head-and-shoulders
    // crop would keep), are the lit wall, give or take the noise: painted round her outline.
    // The model finds her where she was.
    const upright = painted('upright', 'sitting-tall.png');
    const size = imageSize(upright);
    for (const [x, y] of [
      [2, 2],
      [Math.round(size.width * 0.2), Math.round(size.height * 0.1)],
    ] as const) {
      const light = wallLight(x, y, size.width, size.height);
      pixel(upright, x, y).forEach((value, i) =>
        expect(Math.abs(value - WALL_RGB[i]! * light), `${x},${y}`).toBeLessThan(12),
      );
    }
    const { sample: before } = await calibrateOnPhoto(page, astronautPhoto());
    const after = await keypointsOf(page, upright);
    expect(after, 'a person before the wall').not.toBeNull();
    const [was, now] = [postureFeatures(before), postureFeatures(after!)];
    expect(Math.abs(now.headX! - was.headX!)).toBeLessThan(0.01);
    expect(Math.abs(now.headY! - was.headY!)).toBeLessThan(0.01);
    // The border no longer shows the room the photo was taken in.
    expect(samePlace(before.scene, after!.scene)).not.toBe(true);
  });

  test('a missing output folder, or one inside the data set, gets a clear error and exit code 2', () => {
    expectUsageError(
      'make-plain-wall',
      ['--data', dirs.data],
      /usage: npm run make:plain-wall -- --data DIR --out OUT/,
    );
    expectUsageError(
      'make-plain-wall',
      ['--data', dirs.data, '--out', join(dirs.data, 'walls')],
      /make:plain-wall: --out .*: must be outside the data set/,
    );
  });
});
