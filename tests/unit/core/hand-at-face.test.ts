import { describe, expect, it } from 'vitest';
import type { KeypointName, PoseSample } from '../../../src/core/pose/keypoints';
import { calibrate } from '../../../src/core/posture/calibration';
import { classify } from '../../../src/core/posture/classifier';
import { postureFeatures } from '../../../src/core/posture/features';
import { lower, onHand } from '../../support/head-moves';
import { closer, seatedPose } from '../../support/poses';

/**
 * Leaning in with the head resting on a hand, elbows on the desk: the face comes nearer the
 * camera, yet the hand holds the head, not a slumped spine.
 */
const upright = seatedPose();
const baseline = calibrate([{ features: postureFeatures(upright), earSpanRatio: null, noseAboveShoulders: null }]);
const judged = (sample: PoseSample) => classify(postureFeatures(sample), baseline);

const SHOULDERS: KeypointName[] = ['left_shoulder', 'right_shoulder'];
const withShoulders = (sample: PoseSample, change: (k: PoseSample['keypoints'][number]) => object) => ({
  ...sample,
  keypoints: sample.keypoints.map((k) => (SHOULDERS.includes(k.name) ? { ...k, ...change(k) } : k)),
});

/** The face 30 % nearer, as the deepwork author's two uprights resting on a hand read. */
const leaningIn = closer(upright, 1.3);

describe('a head resting on a hand', () => {
  it('leaning in with the shoulders in view is not a slump: the hand carries the face nearer', () => {
    expect(postureFeatures(onHand(leaningIn)).handAtFace).toBe(true);
    const c = judged(onHand(leaningIn));
    expect(c.verdict).toBe('upright');
    expect(c.signals.forwardHead).toBe(0);
  });

  it('the same face nearer without a hand is a slump', () => {
    expect(judged(leaningIn)).toMatchObject({ verdict: 'slouched' });
    expect(judged(leaningIn).signals.forwardHead!).toBeGreaterThan(1);
  });

  it('with the shoulders out of view or faint, the face is all there is: its nearness counts', () => {
    const shouldersHidden = withShoulders(onHand(leaningIn), () => ({ score: 0.02 }));
    expect(judged(shouldersHidden).verdict).toBe('slouched');
    const shouldersFaint = withShoulders(onHand(leaningIn), () => ({ score: 0.2 }));
    expect(postureFeatures(shouldersFaint).shouldersConfident).toBe(false);
    expect(judged(shouldersFaint).signals.forwardHead!).toBeGreaterThan(1);
  });

  it('a slump the hand props up still shows in the neck: the head nearer and sunk over the shoulders', () => {
    const slumpOnHand = onHand(lower(leaningIn, 0.7));
    const c = judged(slumpOnHand);
    expect(c.verdict).toBe('slouched');
    expect(c.signals.forwardHead).toBe(0);
    expect(c.signals.neck!).toBeGreaterThanOrEqual(1);
  });

  it('nor does it hide a trunk that sank: the shoulder line lower with the head', () => {
    const sunk = withShoulders(onHand(lower(leaningIn, 0.5)), (k) => ({ y: k.y + 0.5 * 44 }));
    expect(judged(sunk)).toMatchObject({ verdict: 'slouched' });
  });
});

describe('a hand at the face with the ears hidden', () => {
  const earsHidden = (sample: PoseSample) => ({
    ...sample,
    keypoints: sample.keypoints.map((k) => (k.name.endsWith('_ear') ? { ...k, score: 0.05 } : k)),
  });
  const wristAt = (sample: PoseSample, x: number, y: number) => ({
    ...sample,
    keypoints: sample.keypoints.map((k) => (k.name === 'right_wrist' ? { ...k, x, y, score: 0.7 } : k)),
  });

  it('reaches as far as with the ears seen: the face sized from its eyes is narrower than it is', () => {
    // 1.4 face widths from the ears' midpoint, 1.7 eye-sized face widths from the eyes'.
    const onCheek = wristAt(upright, 200, 122);
    expect(postureFeatures(onCheek).handAtFace).toBe(true);
    expect(postureFeatures(earsHidden(onCheek)).faceWidthFrom).toBe('eyes');
    expect(postureFeatures(earsHidden(onCheek)).handAtFace).toBe(true);
  });

  it('a hand further off is still not at the face', () => {
    const onDesk = wristAt(upright, 215, 135);
    expect(postureFeatures(onDesk).handAtFace).toBe(false);
    expect(postureFeatures(earsHidden(onDesk)).handAtFace).toBe(false);
  });
});
