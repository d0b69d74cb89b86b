import { expect, test } from '@playwright/test';
import { keypointsOf, relookOf } from '../../scripts/eval-keypoints';
import type { PoseSample } from '../../src/core/pose/keypoints';
import { classify } from '../../src/core/posture/classifier';
import { postureFeatures } from '../../src/core/posture/features';
import { followUser } from '../../src/core/posture/person-lock';
import { userAndVisitorPhoto } from '../support/fake-camera.mjs';
import { calibrateOnPhoto } from '../support/pose-page';

/**
 * The person lock with the real model: a visitor, larger and more visible than the user, steps
 * in beside them. MoveNet SinglePose follows the visitor; the lock refuses to judge the visitor,
 * looks again where the user sits, and follows the user — sitting tall, then slumped.
 */
test('with a more visible visitor in frame, the calibrated user is still the one followed', async ({ page }) => {
  const { floors, baseline } = await calibrateOnPhoto(page, userAndVisitorPhoto());
  const headX = (s: PoseSample) => postureFeatures(s, floors).headX;
  const analysed = async (file: string) => {
    const first = await keypointsOf(page, file);
    expect(first).not.toBeNull();
    const followed = await followUser(
      first!,
      (s) => s,
      baseline,
      floors,
      (region) => relookOf(page, region),
    );
    return { first: first!, followed };
  };

  const tall = await analysed(userAndVisitorPhoto({ visitor: true }));
  // The model followed the visitor (on the right), whom the lock will not judge.
  expect(headX(tall.first)!).toBeGreaterThan(0.5);
  expect(classify(postureFeatures(tall.first, floors), baseline).verdict).toBe('unknown');
  expect(headX(tall.followed)!).toBeCloseTo(baseline.headX!, 1);
  expect(classify(postureFeatures(tall.followed, floors), baseline).verdict).toBe('upright');

  const slumped = await analysed(userAndVisitorPhoto({ visitor: true, slumped: true }));
  expect(classify(postureFeatures(slumped.followed, floors), baseline).verdict).toBe('slouched');
});
