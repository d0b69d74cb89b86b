import { expect, test } from '@playwright/test';
import { keypointsOf, relookOf, waitForPoseEngine } from '../../scripts/eval-keypoints';
import type { PoseSample } from '../../src/core/pose/keypoints';
import { calibrate, scoreFloors } from '../../src/core/posture/calibration';
import { classify } from '../../src/core/posture/classifier';
import { postureFeatures } from '../../src/core/posture/features';
import { followUser } from '../../src/core/posture/person-lock';
import { userAndVisitorPhoto } from '../support/fake-camera.mjs';

/**
 * The person lock with the real model: a visitor, larger and more visible than the user, steps
 * in beside them. MoveNet SinglePose follows the visitor; the lock refuses to judge the visitor,
 * looks again where the user sits, and follows the user — sitting tall, then slumped.
 */
test('with a more visible visitor in frame, the calibrated user is still the one followed', async ({ page }) => {
  await page.goto('/?eval');
  await waitForPoseEngine(page);
  const alone = await keypointsOf(page, userAndVisitorPhoto());
  expect(alone).not.toBeNull();
  const floors = scoreFloors([alone!]);
  const baseline = calibrate([
    { features: postureFeatures(alone!, floors), earSpanRatio: null, noseAboveShoulders: null },
  ]);
  const headX = (s: PoseSample) => postureFeatures(s, floors).headX;

  const first = await keypointsOf(page, userAndVisitorPhoto({ visitor: true }));
  // The model followed the visitor (on the right), whom the lock will not judge.
  expect(headX(first!)!).toBeGreaterThan(0.5);
  expect(classify(postureFeatures(first!, floors), baseline).verdict).toBe('unknown');
  const followed = await followUser(
    first!,
    (s) => s,
    baseline,
    floors,
    (region) => relookOf(page, region),
  );
  expect(headX(followed)!).toBeCloseTo(baseline.headX!, 1);
  expect(classify(postureFeatures(followed, floors), baseline).verdict).toBe('upright');

  const slumpedFirst = await keypointsOf(page, userAndVisitorPhoto({ visitor: true, slumped: true }));
  const slumped = await followUser(
    slumpedFirst!,
    (s) => s,
    baseline,
    floors,
    (region) => relookOf(page, region),
  );
  expect(classify(postureFeatures(slumped, floors), baseline).verdict).toBe('slouched');
});
