import { expect, test } from '@playwright/test';
import { keypointsOf, waitForPoseEngine } from '../../scripts/eval-keypoints';
import type { KeypointName, PoseSample } from '../../src/core/pose/keypoints';
import { ASTRONAUT_JPG, exifRotatedAstronaut } from '../support/fake-camera.mjs';

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
