import { expect, test } from '@playwright/test';
import { keypointsOf } from '../../scripts/eval-keypoints';
import { classify } from '../../src/core/posture/classifier';
import { postureFeatures } from '../../src/core/posture/features';
import { calibratedView } from '../../src/core/posture/framing';
import { closeFacePhoto } from '../support/fake-camera.mjs';
import { calibrateOnPhoto } from '../support/pose-page';

/**
 * A face far too close for a whole-body model: shown the whole frame, MoveNet is sure of none of
 * its points. Calibration looks again with the frame zoomed out, finds the face, and frames the
 * view on it — the view monitoring then uses, so the same person sitting the same way is upright.
 */
test('a face too close for the whole frame is found zoomed out, and calibration sees what monitoring will', async ({
  page,
}) => {
  const photo = closeFacePhoto();
  const { sample, floors, baseline } = await calibrateOnPhoto(page, photo, 'self-framed');
  const whole = await keypointsOf(page, photo, null);
  expect(postureFeatures(whole!).faceWidth, 'the whole frame shows no face the model is sure of').toBeNull();

  // Found: ear to ear about half the frame's width (the face fills it), level, with the nose between.
  const found = postureFeatures(sample);
  expect(found.faceWidthFrom).toBe('ears');
  expect(found.faceWidth! / sample.frameWidth).toBeGreaterThan(0.3);
  expect(found.faceWidth! / sample.frameWidth).toBeLessThan(0.7);
  expect(Math.abs(found.headRoll!)).toBeLessThan(0.35);

  const monitored = await keypointsOf(page, photo, calibratedView(baseline));
  const verdict = classify(postureFeatures(monitored!, floors), baseline);
  expect(verdict.verdict).toBe('upright');
  expect(Math.abs(verdict.signals.headDrop!)).toBeLessThan(0.5);
  expect(Math.abs(verdict.signals.forwardHead!)).toBeLessThan(0.5);
  expect(Math.abs(verdict.signals.leanBack!)).toBeLessThan(0.5);
});
