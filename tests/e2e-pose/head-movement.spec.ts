import { expect, test } from '@playwright/test';
import { keypointsOf } from '../../scripts/eval-keypoints';
import { classify } from '../../src/core/posture/classifier';
import { postureFeatures } from '../../src/core/posture/features';
import { astronautPhoto, tiltedHeadPhoto } from '../support/fake-camera.mjs';
import { calibrateOnPhoto } from '../support/pose-page';

/**
 * Head movement is not a slump, checked with the real model on a real face: the astronaut's head
 * tilted sideways about her neck (shoulders unmoved), against her own calibration. The same
 * calibration must still see her slumped, or the check would prove nothing.
 */
test('a real face tilted sideways is not a slump, and the same person slumped is', async ({ page }) => {
  const { floors, baseline } = await calibrateOnPhoto(page, astronautPhoto());
  const verdictOf = async (file: string) => {
    const sample = await keypointsOf(page, file);
    return sample ? classify(postureFeatures(sample, floors), baseline).verdict : 'no pose';
  };
  for (const degrees of [-35, -20, 20, 35]) {
    expect(await verdictOf(tiltedHeadPhoto(degrees)), `head tilted ${degrees}°`).toBe('upright');
  }
  expect(await verdictOf(astronautPhoto(true))).toBe('slouched');
});
