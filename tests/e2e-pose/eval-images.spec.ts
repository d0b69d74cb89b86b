import { expect, test } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { keypointsOf, waitForPoseEngine } from '../../scripts/eval-keypoints';
import type { KeypointName, PoseSample } from '../../src/core/pose/keypoints';
import { calibrate, scoreFloors } from '../../src/core/posture/calibration';
import { classify } from '../../src/core/posture/classifier';
import { postureFeatures } from '../../src/core/posture/features';
import { ASTRONAUT_JPG, exifRotatedAstronaut, FAKE_CAMERA_DIR, ffmpeg } from '../support/fake-camera.mjs';

const at = (sample: PoseSample, name: KeypointName) => sample.keypoints.find((k) => k.name === name)!;

/**
 * eval:posture decodes photos as they are meant to be shown: one stored turned a quarter, with an
 * EXIF Orientation tag saying so, gives the same upright person as the original.
 */
test('photos are decoded honouring their EXIF orientation', async ({ page }) => {
  await page.goto('/?eval');
  await waitForPoseEngine(page);
  const original = (await keypointsOf(page, ASTRONAUT_JPG))!;
  const turned = (await keypointsOf(page, exifRotatedAstronaut()))!;
  expect(turned.frameWidth).toBe(original.frameWidth);
  for (const name of ['nose', 'left_eye', 'right_ear', 'left_shoulder'] as const) {
    expect(Math.abs(at(turned, name).x - at(original, name).x), name).toBeLessThan(0.03 * original.frameWidth);
    expect(Math.abs(at(turned, name).y - at(original, name).y), name).toBeLessThan(0.03 * original.frameHeight);
  }
  // Upright: the head above the shoulders, not beside them.
  expect(at(turned, 'nose').y).toBeLessThan(at(turned, 'left_shoulder').y - 0.1 * turned.frameHeight);
});

/**
 * One person's photos may come at different sizes: each is measured in a frame as wide as a
 * camera's, so the astronaut calibrated on a 4000-pixel copy of her photo is upright in the
 * 512-pixel original (measured in its own pixels, her face read as 56 % nearer: slouched).
 */
test('a photo is measured alike whatever its size', async ({ page }) => {
  mkdirSync(FAKE_CAMERA_DIR, { recursive: true });
  const large = join(FAKE_CAMERA_DIR, 'astronaut-4000.jpg');
  ffmpeg(['-i', ASTRONAUT_JPG, '-vf', 'scale=4000:-2', '-q:v', '2', large]);
  await page.goto('/?eval');
  await waitForPoseEngine(page);
  const original = (await keypointsOf(page, ASTRONAUT_JPG))!;
  const enlarged = (await keypointsOf(page, large))!;
  expect(enlarged.frameWidth).toBe(original.frameWidth);
  const earSpan = (s: PoseSample) =>
    Math.hypot(at(s, 'left_ear').x - at(s, 'right_ear').x, at(s, 'left_ear').y - at(s, 'right_ear').y);
  expect(earSpan(enlarged) / earSpan(original)).toBeGreaterThan(0.9);
  expect(earSpan(enlarged) / earSpan(original)).toBeLessThan(1.1);
  const floors = scoreFloors([enlarged]);
  const baseline = calibrate([
    { features: postureFeatures(enlarged, floors), earSpanRatio: null, noseAboveShoulders: null },
  ]);
  expect(classify(postureFeatures(original, floors), baseline).verdict).toBe('upright');
});

/**
 * Held-out photos may come from any tool: greyscale, with an alpha channel, 16 bits a channel,
 * WebP or BMP are each read as the same person in the same place as the JPEG they were made from.
 */
test('a photo is measured alike whatever its pixel format', async ({ page }) => {
  mkdirSync(FAKE_CAMERA_DIR, { recursive: true });
  const variants = [
    ['grey.jpg', ['-pix_fmt', 'gray']],
    ['alpha.png', ['-pix_fmt', 'rgba']],
    ['deep.png', ['-pix_fmt', 'rgb48be']],
    ['photo.webp', ['-lossless', '1']],
    ['photo.bmp', []],
  ] as const;
  await page.goto('/?eval');
  await waitForPoseEngine(page);
  const original = (await keypointsOf(page, ASTRONAUT_JPG))!;
  for (const [name, options] of variants) {
    const file = join(FAKE_CAMERA_DIR, `astronaut-${name}`);
    ffmpeg(['-i', ASTRONAUT_JPG, ...options, file]);
    const variant = (await keypointsOf(page, file))!;
    expect(variant.frameWidth, name).toBe(original.frameWidth);
    for (const point of ['nose', 'left_eye', 'right_ear', 'left_shoulder'] as const) {
      expect(Math.abs(at(variant, point).x - at(original, point).x), `${name} ${point}`).toBeLessThan(
        0.03 * original.frameWidth,
      );
      expect(Math.abs(at(variant, point).y - at(original, point).y), `${name} ${point}`).toBeLessThan(
        0.03 * original.frameHeight,
      );
    }
  }
});
