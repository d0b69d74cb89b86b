import { expect, test } from '@playwright/test';
import { keypointsOf } from '../../scripts/eval-keypoints';
import { classify } from '../../src/core/posture/classifier';
import { postureFeatures } from '../../src/core/posture/features';
import { calibratedView } from '../../src/core/posture/framing';
import { astronautPhoto, trunkBackPhoto } from '../support/fake-camera.mjs';
import { calibrateOnPhoto } from '../support/pose-page';

/**
 * With the real model: a head pushed forward of the shoulders is nearer the camera than they are,
 * so its face grows against them, even when it is no nearer than when she sat tall. The whole
 * person sitting further back grows neither.
 */
test('a head ahead of shoulders that sit further back is a slump; the whole person further back is not', async ({
  page,
}) => {
  const { floors, baseline } = await calibrateOnPhoto(page, astronautPhoto());
  const measured = async (file: string) => {
    const sample = await keypointsOf(page, file, calibratedView(baseline));
    const features = postureFeatures(sample!, floors);
    return { features, verdict: classify(features, baseline) };
  };

  const ahead = await measured(trunkBackPhoto(0.7));
  expect(ahead.verdict.verdict).toBe('slouched');
  expect(ahead.verdict.signals.forwardHead!).toBeGreaterThan(1);
  // Not from the face's own size: it is within 10 % of the calibrated face.
  expect(Math.abs(ahead.features.faceWidth! / baseline.faceWidth! - 1)).toBeLessThan(0.1);

  const sittingBack = await measured(trunkBackPhoto(0.8, { wholePerson: true }));
  expect(sittingBack.verdict.verdict).toBe('upright');
});
