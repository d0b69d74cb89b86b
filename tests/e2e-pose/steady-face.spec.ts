import { expect, test } from '@playwright/test';
import { keypointsOf } from '../../scripts/eval-keypoints';
import { samePlace } from '../../src/core/pose/scene';
import { classify, THRESHOLDS } from '../../src/core/posture/classifier';
import { postureFeatures } from '../../src/core/posture/features';
import type { PostureBaseline } from '../../src/core/posture/calibration';
import { calibratedView } from '../../src/core/posture/framing';
import { headReference, wholeFaceDrop } from '../../src/core/posture/head-reference';
import { inCalibratedPlace, placeLooks, sameSeat, withEarlierLooks } from '../../src/core/posture/place-looks';
import { personInRoomPhoto } from '../support/fake-camera.mjs';
import { calibrateOnPhoto } from '../support/pose-page';

/**
 * With the real model and real still images: the worker gives each photo the fingerprint of the
 * room around the person, calibration keeps it, and in that room a face that meets the camera as
 * it did and sank as a whole by less than the usual threshold is a slump. The same photo of her
 * in another room is not: there the calibration may no longer describe the set-up.
 */
test('in the calibrated room a small whole-face drop is a slump; in another room it is not', async ({ page }) => {
  const { floors, baseline } = await calibrateOnPhoto(page, personInRoomPhoto({ room: 'study' }));
  expect(baseline.scene).not.toBeNull();
  const measured = async (file: string) => {
    const sample = await keypointsOf(page, file, calibratedView(baseline));
    const features = postureFeatures(sample!, floors);
    const whole = wholeFaceDrop(features, headReference(baseline)!, 0);
    return { features, whole, verdict: classify(features, baseline) };
  };

  const tall = await measured(personInRoomPhoto({ room: 'study' }));
  expect(samePlace(baseline.scene, tall.features.scene)).toBe(true);
  expect(tall.verdict.verdict).toBe('upright');

  const sunk = await measured(personInRoomPhoto({ room: 'study', lower: 14 }));
  expect(sunk.whole!).toBeGreaterThan(THRESHOLDS.steadyFaceDrop);
  expect(sunk.whole!).toBeLessThan(THRESHOLDS.wholeFaceDrop);
  expect(sunk.verdict.verdict).toBe('slouched');

  const elsewhere = await measured(personInRoomPhoto({ room: 'kitchen', lower: 14 }));
  expect(samePlace(baseline.scene, elsewhere.features.scene)).toBe(false);
  expect(elsewhere.verdict.verdict).toBe('upright');
});

/**
 * The study at night (its window black) reads as another place to a calibration made by day. A
 * calibration made again at night from the same seat keeps the daylight look (place-looks.ts),
 * so next morning the small sink is a slump again, while the kitchen is still another place.
 */
test('calibrated by day and again at night, the room is the calibrated place in either light', async ({ page }) => {
  const byDay = await calibrateOnPhoto(page, personInRoomPhoto({ room: 'study' }));
  const atNight = await calibrateOnPhoto(page, personInRoomPhoto({ room: 'studyAtNight' }));
  expect(inCalibratedPlace(byDay.baseline, atNight.baseline.scene)).toBe(false);
  expect(sameSeat(byDay.baseline, atNight.baseline)).toBe(true);
  const both = withEarlierLooks(atNight.baseline, byDay.baseline);
  expect(placeLooks(both)).toHaveLength(2);

  const judged = async (file: string, baseline: PostureBaseline) => {
    const sample = await keypointsOf(page, file, calibratedView(baseline));
    const features = postureFeatures(sample!, atNight.floors);
    return { place: inCalibratedPlace(baseline, features.scene), verdict: classify(features, baseline).verdict };
  };
  const sunkByDay = personInRoomPhoto({ room: 'study', lower: 14 });
  expect(await judged(sunkByDay, atNight.baseline)).toEqual({ place: false, verdict: 'upright' });
  expect(await judged(sunkByDay, both)).toEqual({ place: true, verdict: 'slouched' });
  expect(await judged(personInRoomPhoto({ room: 'studyAtNight', lower: 14 }), both)).toEqual({
    place: true,
    verdict: 'slouched',
  });
  expect(await judged(personInRoomPhoto({ room: 'study' }), both)).toEqual({ place: true, verdict: 'upright' });
  expect(await judged(personInRoomPhoto({ room: 'kitchen', lower: 14 }), both)).toEqual({
    place: false,
    verdict: 'upright',
  });
});
