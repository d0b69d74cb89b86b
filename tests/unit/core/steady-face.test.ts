import { describe, expect, it } from 'vitest';
import type { PoseSample } from '../../../src/core/pose/keypoints';
import { calibrationFrame } from '../../../src/core/posture/baselines';
import { calibrate } from '../../../src/core/posture/calibration';
import { AGREEMENT, classify, THRESHOLDS } from '../../../src/core/posture/classifier';
import { steadyFace, STEADY_SIZE } from '../../../src/core/posture/steady-face';
import { rollFromCalibration } from '../../../src/core/posture/head-reference';
import {
  HAND_SUPPORT,
  STEADY_DROP_OF_FRAME,
  STEADY_NOSE,
  STEADY_PART_SHARE,
} from '../../../src/core/posture/thresholds';
import { postureFeatures } from '../../../src/core/posture/features';
import { lower, mapHead, onHand, roll, tipBack, turn } from '../../support/head-moves';
import { closer, seatedPose } from '../../support/poses';
import { fingerprintOf, inPlace, otherRoom, room } from '../../support/scenes';

/**
 * In the place it was calibrated in, a face that meets the camera as it did then and sank as a
 * whole is a slump from a smaller drop (THRESHOLDS.steadyFaceDrop): head movement is ruled out,
 * and the calibration still describes the camera and the chair.
 */
const here = fingerprintOf(room);
const elsewhere = fingerprintOf(otherRoom);

const upright = seatedPose();
const baseline = calibrate([inPlace(upright), inPlace(seatedPose({ shift: 1 }))].map((s) => calibrationFrame(s)));
const judged = (sample: PoseSample) => classify(postureFeatures(sample), baseline);

/** The whole head 0.22 face widths lower (~3 cm): between the steady face's threshold and the usual one. */
const SMALL_SLUMP = 0.22;

describe('a steady face in the calibrated place', () => {
  it('calibration keeps the place its frames showed', () => {
    expect(baseline.scene).toEqual(here);
    expect(calibrate([calibrationFrame(upright)]).scene).toBeNull();
  });

  it('sunk as a whole by a little more than its threshold is a slump', () => {
    expect(THRESHOLDS.steadyFaceDrop).toBeLessThan(SMALL_SLUMP);
    expect(THRESHOLDS.wholeFaceDrop).toBeGreaterThan(SMALL_SLUMP);
    const slump = judged(inPlace(lower(upright, SMALL_SLUMP)));
    expect(slump.verdict).toBe('slouched');
    expect(slump.signals.headDrop!).toBeGreaterThanOrEqual(1);
  });

  it('sunk less than that is upright', () => {
    expect(judged(inPlace(lower(upright, THRESHOLDS.steadyFaceDrop * 0.8))).verdict).toBe('upright');
  });

  it('the same drop is not enough in another place, or where the place is unknown', () => {
    expect(judged(inPlace(lower(upright, SMALL_SLUMP), elsewhere)).verdict).toBe('upright');
    expect(judged(inPlace(lower(upright, SMALL_SLUMP), null)).verdict).toBe('upright');
  });

  it('is not steady when rolled or turned aside: the same drop is upright', () => {
    expect(judged(inPlace(roll(lower(upright, SMALL_SLUMP), 15))).verdict).toBe('upright');
    expect(judged(inPlace(roll(lower(upright, SMALL_SLUMP), -15))).verdict).toBe('upright');
    expect(judged(inPlace(turn(lower(upright, SMALL_SLUMP), 20))).verdict).toBe('upright');
  });

  it('resting on a hand, it needs HAND_SUPPORT times its drop, as every head measure does', () => {
    const onHandStep = THRESHOLDS.steadyFaceDrop * HAND_SUPPORT;
    expect(judged(inPlace(onHand(lower(upright, SMALL_SLUMP)))).verdict).toBe('upright');
    expect(judged(inPlace(onHand(lower(upright, onHandStep * 0.95)))).verdict).toBe('upright');
    // Past that step, though short of the whole face's usual step on a hand, it is a slump: a
    // wrist the model places at the frame's bottom edge (no hand there) no longer hides it.
    const sunk = lower(upright, onHandStep * 1.1);
    expect(onHandStep * 1.1).toBeLessThan(THRESHOLDS.wholeFaceDrop * HAND_SUPPORT);
    expect(judged(inPlace(onHand(sunk))).verdict).toBe('slouched');
    expect(judged(inPlace(onHand(sunk), elsewhere)).verdict).toBe('upright');
  });

  it('is not steady at another distance: a face a fifth smaller (sitting further back) needs the usual drop', () => {
    const steady = (sample: PoseSample) => {
      const features = postureFeatures(inPlace(sample));
      return steadyFace(features, baseline, rollFromCalibration(features, baseline));
    };
    expect(STEADY_SIZE).toBeLessThan(0.2);
    const further = lower(closer(upright, 0.8), SMALL_SLUMP);
    expect(steady(further)).toBe(false);
    // Its drop is then measured at the usual threshold, which this small drop does not reach.
    expect(judged(inPlace(further)).signals.headDrop!).toBeLessThan(1);
    // Within STEADY_SIZE of the calibrated size, either way, the face is steady and the small drop a slump.
    for (const factor of [0.9, 1.1]) {
      expect(steady(lower(closer(upright, factor), SMALL_SLUMP))).toBe(true);
      expect(judged(inPlace(lower(closer(upright, factor), SMALL_SLUMP))).verdict).toBe('slouched');
    }
  });

  it('head movement in the calibrated place stays upright', () => {
    for (const moved of [roll(upright, 35), roll(upright, -35), tipBack(upright, 25), turn(upright, 40)])
      expect(judged(inPlace(moved)).verdict).toBe('upright');
  });

  // Close to the camera: the face (44 px) fills a third of a 130 px high frame; the shoulders are below its edge.
  const near = (sample: PoseSample): PoseSample => ({ ...inPlace(sample), frameHeight: 130 });
  const shoulderless = seatedPose({ hidden: ['left_shoulder', 'right_shoulder'] });
  const nearBaseline = calibrate(
    [near(shoulderless), near(seatedPose({ shift: 1, hidden: ['left_shoulder', 'right_shoulder'] }))].map((s) =>
      calibrationFrame(s),
    ),
  );
  const judgedNear = (sample: PoseSample) => classify(postureFeatures(near(sample)), nearBaseline);
  /** A drop in face widths as a share of that frame's height. */
  const ofFrame = (faceWidths: number) => (faceWidths * 44) / 130;

  it("close to the camera, a drop of the peer rule's share of the frame is enough, under the threshold in face widths", () => {
    const judgedLower = (faceWidths: number) => judgedNear(lower(shoulderless, faceWidths));
    expect(ofFrame(0.16)).toBeGreaterThan(STEADY_DROP_OF_FRAME);
    expect(0.16).toBeLessThan(THRESHOLDS.steadyFaceDrop);
    expect(judgedLower(0.16).verdict).toBe('slouched');
    expect(ofFrame(0.12)).toBeLessThan(STEADY_DROP_OF_FRAME);
    expect(judgedLower(0.12).verdict).toBe('upright');
    // 4.7 % of the frame: under the peer rule's 5 % on the nose, as the least of three parts reads a 5 % move.
    expect(ofFrame(0.14)).toBeCloseTo(0.047, 3);
    expect(judgedLower(0.14).verdict).toBe('slouched');
    // Further away, the same drop in face widths is a smaller share of the frame: upright.
    expect(judged(inPlace(lower(upright, 0.16))).verdict).toBe('upright');
  });

  /** The ear line, the eye line and the nose lowered by their own face widths. */
  const parts = (sample: PoseSample, ears: number, eyes: number, nose: number) =>
    mapHead(sample, (x, y, name) => [x, y + (name.endsWith('ear') ? ears : name.endsWith('eye') ? eyes : nose) * 44]);

  it("the nose past the nose-drop rule's line with the ear line most of the way is a slump; a nod is not", () => {
    // A face tipping forward as it sinks, as the masked subject's does: the ears 0.65 as far as
    // the nose. The nose 5.4 % of the frame lower, past the peer rule's 5 %; the parts' mean short
    // of the steady step (4.5 %) all the same.
    const [ears, eyes, nose] = [0.105, 0.13, 0.16];
    expect(ofFrame(nose)).toBeGreaterThan(STEADY_NOSE.ofFrame);
    expect(ofFrame((ears + eyes + nose) / 3)).toBeLessThan(STEADY_DROP_OF_FRAME);
    expect(ears / nose).toBeGreaterThan(STEADY_NOSE.earsShare);
    expect(judgedNear(parts(shoulderless, ears, eyes, nose)).verdict).toBe('slouched');
    // A nod on a smaller sink: the nose further down still, the ears short of the share.
    expect(judgedNear(parts(shoulderless, 0.06, 0.16, 0.22)).verdict).toBe('upright');
    // The same slump in another place is no slump by this rule: it needs the steady face.
    const elsewhereNear = { ...near(parts(shoulderless, ears, eyes, nose)), scene: elsewhere };
    expect(classify(postureFeatures(elsewhereNear), nearBaseline).verdict).toBe('upright');
  });

  /** The ears lower by `ears` face widths, the eyes and the nose by `face` (seatedPose's face: 44 px). */
  const sunk = (ears: number, face: number) =>
    mapHead(upright, (x, y, name) => [x, y + (name.endsWith('ear') ? ears : face) * 44]);

  it('sunk as a whole with the ears read short, as MoveNet reads a real move, is a slump', () => {
    // The ears 0.16 face widths lower, under the threshold though past STEADY_PART_SHARE of it;
    // the eyes and nose 0.21: the three parts' mean, 0.19, is past it.
    const T = THRESHOLDS.steadyFaceDrop;
    expect(0.16).toBeLessThan(T);
    expect(0.16).toBeGreaterThan(STEADY_PART_SHARE * T);
    expect((0.16 + 2 * 0.21) / 3).toBeGreaterThan(T);
    expect(judged(inPlace(sunk(0.16, 0.21))).verdict).toBe('slouched');
    // The same in another place is no slump: the steady face needs the calibrated place.
    expect(judged(inPlace(sunk(0.16, 0.21), elsewhere)).verdict).toBe('upright');
  });

  it('a nod on a small sink, the ears short of STEADY_PART_SHARE of the threshold, is upright however far the nose goes', () => {
    const T = THRESHOLDS.steadyFaceDrop;
    expect(0.12).toBeLessThan(STEADY_PART_SHARE * T);
    expect(judged(inPlace(sunk(0.12, 0.24))).verdict).toBe('upright');
  });

  it('a nod, the nose and eyes lower but not the ears, is no whole-face drop', () => {
    const nod = {
      ...upright,
      keypoints: upright.keypoints.map((k) =>
        k.name === 'nose' || k.name.endsWith('eye') ? { ...k, y: k.y + 12 } : k,
      ),
    };
    expect(judged(inPlace(nod)).verdict).toBe('upright');
  });
});

describe('the head signals agreeing', () => {
  // The whole face lower and nearer, each 0.8 of the way to its threshold; turned 25° aside, so
  // not steady (the steady face's smaller threshold does not apply) and not level (15 % nearer).
  const partWay = closer(lower(turn(upright, 25), 0.8 * THRESHOLDS.wholeFaceDrop), 1 + 0.8 * THRESHOLDS.forwardHead);

  it('call a slump in the calibrated place, or where the place is not known', () => {
    const c = judged(inPlace(partWay));
    expect(c.signals.headDrop! < 1 && c.signals.forwardHead! < 1).toBe(true);
    expect(Math.min(c.signals.headDrop!, c.signals.forwardHead!)).toBeGreaterThan(AGREEMENT.two);
    expect(c.verdict).toBe('slouched');
    expect(judged(inPlace(partWay, null)).verdict).toBe('slouched');
  });

  it("count a steady face's drop at its lower step: leaning in, nearer and lower, each short of its own threshold", () => {
    const leaningIn = closer(lower(upright, 0.8 * THRESHOLDS.steadyFaceDrop), 1 + 0.8 * THRESHOLDS.levelForwardHead);
    const c = judged(inPlace(leaningIn));
    expect(Math.max(c.signals.headDrop!, c.signals.forwardHead!)).toBeLessThan(1);
    expect(Math.min(c.signals.headDrop!, c.signals.forwardHead!)).toBeGreaterThan(AGREEMENT.two);
    expect(c.verdict).toBe('slouched');
    // Elsewhere the face is not steady, and its drop is read against the usual step.
    expect(judged(inPlace(leaningIn, elsewhere)).verdict).toBe('upright');
  });

  it('do not in another place, where a changed set-up moves them together: each must pass its own threshold', () => {
    expect(judged(inPlace(partWay, elsewhere)).verdict).toBe('upright');
    expect(judged(inPlace(lower(upright, 1.2 * THRESHOLDS.headDrop), elsewhere)).verdict).toBe('slouched');
  });
});
