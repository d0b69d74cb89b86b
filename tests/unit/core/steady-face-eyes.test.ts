import { describe, expect, it } from 'vitest';
import type { KeypointName, PoseSample } from '../../../src/core/pose/keypoints';
import { calibrationFrame } from '../../../src/core/posture/baselines';
import { calibrate } from '../../../src/core/posture/calibration';
import { classify, THRESHOLDS } from '../../../src/core/posture/classifier';
import { EYE_TO_EAR } from '../../../src/core/posture/face-span';
import { postureFeatures } from '../../../src/core/posture/features';
import { learnGlance, rollFromCalibration } from '../../../src/core/posture/head-reference';
import { steadyFace, STEADY_TURN_EYES } from '../../../src/core/posture/steady-face';
import { mapHead, roll, turn } from '../../support/head-moves';
import { seatedPose } from '../../support/poses';
import { fingerprintOf, inPlace, otherRoom } from '../../support/scenes';

/**
 * Hair over the ears, a headset or a hood: calibrated and seen with the ears hidden, a face is
 * placed and sized from its eyes, and can still be steady (the nose where it sat along the eye
 * line), so a small sink of the eye line and the nose together counts as it does with the ears.
 */
const elsewhere = fingerprintOf(otherRoom);
const EARS: KeypointName[] = ['left_ear', 'right_ear'];
const hideEars = (sample: PoseSample): PoseSample => ({
  ...sample,
  keypoints: sample.keypoints.map((k) => (EARS.includes(k.name) ? { ...k, score: 0.02 } : k)),
});

const earless = hideEars(seatedPose());
const baseline = calibrate(
  [inPlace(earless), inPlace(hideEars(seatedPose({ shift: 1 })))].map((s) => calibrationFrame(s)),
);
const judged = (sample: PoseSample) => classify(postureFeatures(sample), baseline);
const steady = (sample: PoseSample, against = baseline) => {
  const features = postureFeatures(sample);
  return steadyFace(features, against, rollFromCalibration(features, against));
};

/** seatedPose's eyes are 20 px apart, so the face sized from them is 20 × EYE_TO_EAR px wide. */
const EYE_FACE = 20 * EYE_TO_EAR;
/** The eye line and the nose lowered by `faceWidths` of that face, the body where it was. */
const sunk = (sample: PoseSample, faceWidths: number) => mapHead(sample, (x, y) => [x, y + faceWidths * EYE_FACE]);
/** Between the steady step and the usual one: ~3.5 cm on a real face. */
const SMALL_SLUMP = 0.24;

describe('a steady face with the ears hidden', () => {
  it('calibration learns where the nose sits along the eye line', () => {
    expect(baseline.faceWidthFrom).toBe('eyes');
    expect(baseline.noseAlongEyes).toBeCloseTo(0);
    expect(steady(inPlace(earless))).toBe(true);
  });

  it('the eye line and the nose sunk past the steady step is a slump, short of it upright', () => {
    expect(SMALL_SLUMP).toBeGreaterThan(THRESHOLDS.steadyFaceDrop);
    expect(SMALL_SLUMP).toBeLessThan(THRESHOLDS.headDrop);
    expect(judged(inPlace(sunk(earless, SMALL_SLUMP))).verdict).toBe('slouched');
    expect(judged(inPlace(sunk(earless, 0.8 * THRESHOLDS.steadyFaceDrop))).verdict).toBe('upright');
  });

  it('the same sink is upright in another place, where the place is unknown, rolled or turned aside', () => {
    const small = sunk(earless, SMALL_SLUMP);
    expect(judged(inPlace(small, elsewhere)).verdict).toBe('upright');
    expect(judged(inPlace(small, null)).verdict).toBe('upright');
    expect(judged(inPlace(roll(small, 15))).verdict).toBe('upright');
    expect(judged(inPlace(turn(small, 20))).verdict).toBe('upright');
  });

  it('a turn counts from STEADY_TURN_EYES: ~12°, as with the ears', () => {
    const along = (degrees: number) => postureFeatures(turn(earless, degrees)).noseAlongEyes!;
    expect(Math.abs(along(10))).toBeLessThan(STEADY_TURN_EYES);
    expect(Math.abs(along(15))).toBeGreaterThan(STEADY_TURN_EYES);
    expect(steady(inPlace(turn(earless, 10)))).toBe(true);
    expect(steady(inPlace(turn(earless, 15)))).toBe(false);
  });

  it('is not steady with the ears calibrated and now hidden: no like measure of the turn is left', () => {
    const withEars = calibrate(
      [inPlace(seatedPose()), inPlace(seatedPose({ shift: 1 }))].map((s) => calibrationFrame(s)),
    );
    expect(withEars.faceWidthFrom).toBe('ears');
    expect(steady(inPlace(earless), withEars)).toBe(false);
  });

  it('is not steady for a profile calibrated before the eye line was kept', () => {
    expect(steady(inPlace(earless), { ...baseline, noseAlongEyes: null })).toBe(false);
  });

  it('a learnt glance at the keyboard raises the step: without the ears a nod looks like the face sinking', () => {
    const glance = postureFeatures(inPlace(sunk(earless, SMALL_SLUMP)));
    const learnt = learnGlance(baseline, [glance, glance, glance]);
    expect(learnt.glanceHeadDrop).toBeCloseTo(SMALL_SLUMP, 2);
    expect(classify(glance, learnt).verdict).toBe('upright');
    expect(classify(postureFeatures(inPlace(sunk(earless, 1.5 * SMALL_SLUMP))), learnt).verdict).toBe('slouched');
  });
});
