import { describe, expect, it } from 'vitest';
import type { PoseSample } from '../../../src/core/pose/keypoints';
import { calibrationAdvice } from '../../../src/core/posture/calibration';
import { postureFeatures } from '../../../src/core/posture/features';
import { seatedPose } from '../../support/poses';

const still = (sample: PoseSample, n = 10) => Array.from({ length: n }, () => sample);

describe('calibration advice', () => {
  it('has nothing to say about a clear, still person with shoulders in view', () => {
    expect(calibrationAdvice(still(seatedPose()))).toEqual({
      faceUnclear: false,
      shouldersHidden: false,
      headLow: false,
      moved: false,
      handAtFace: false,
      earsHidden: false,
    });
  });

  it('says when the ears were hidden in most frames, so the head is measured from the eyes', () => {
    const hidden = seatedPose({ hidden: ['left_ear', 'right_ear'] });
    expect(postureFeatures(hidden).faceWidthFrom).toBe('eyes');
    expect(calibrationAdvice(still(hidden)).earsHidden).toBe(true);
    // Hair over the ears in a few frames only is not worth a word.
    expect(calibrationAdvice([...still(hidden, 4), ...still(seatedPose(), 6)]).earsHidden).toBe(false);
    // Nobody seen at all is the face's advice, not the ears'.
    expect(
      calibrationAdvice(still(seatedPose({ hidden: ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear'] })))
        .earsHidden,
    ).toBe(false);
  });

  it('says when the face was seen only faintly (dim light, a mask)', () => {
    expect(calibrationAdvice(still(seatedPose({ score: 0.2 }))).faceUnclear).toBe(true);
  });

  it('says when the shoulders were out of view', () => {
    const cropped = seatedPose({ hidden: ['left_shoulder', 'right_shoulder'] });
    expect(calibrationAdvice(still(cropped)).shouldersHidden).toBe(true);
  });

  it('counts shoulders the model places at the bottom edge of the frame as out of view', () => {
    // MoveNet gives shoulders below the frame a place at its edge, sometimes with a fair score.
    const atEdge = (y: number): PoseSample => {
      const pose = seatedPose();
      return {
        ...pose,
        keypoints: pose.keypoints.map((k) => (k.name.endsWith('shoulder') ? { ...k, y, score: 0.35 } : k)),
      };
    };
    expect(calibrationAdvice(still(atEdge(236))).shouldersHidden).toBe(true);
    expect(postureFeatures(atEdge(236)).shoulderY).toBeNull();
    expect(calibrationAdvice(still(atEdge(220))).shouldersHidden).toBe(false);
  });

  it('says when the head sat so low that a slump would take the chin out of view', () => {
    // Face width 44 px in a 240 px frame; the ears at 76 px leave 3.7 face widths below them.
    const lowered = (drop: number) => still(seatedPose({ drop, hidden: ['left_shoulder', 'right_shoulder'] }));
    // Ears at 201 px: 0.89 face widths above the bottom edge, the chin (0.7 below) at its edge
    // after sinking 0.19, short of a slump's 0.3.
    expect(calibrationAdvice(lowered(125)).headLow).toBe(true);
    // Ears at 186 px: 1.23 face widths of room, a slump's worth below the chin.
    expect(calibrationAdvice(lowered(110)).headLow).toBe(false);
    expect(calibrationAdvice(still(seatedPose())).headLow).toBe(false);
  });

  it('says when the head moved a slouch’s worth while calibrating, but not for small sway', () => {
    // Face width is 44 px: a 20 px range is ~0.45 face widths, a 4 px sway ~0.1.
    const sway = (range: number) => Array.from({ length: 10 }, (_, i) => seatedPose({ drop: (i % 2) * range }));
    expect(calibrationAdvice(sway(20)).moved).toBe(true);
    expect(calibrationAdvice(sway(4)).moved).toBe(false);
  });

  it('says when a hand was at the face in most frames, but not for a hand that passed by once', () => {
    const chinOnHand = {
      ...seatedPose(),
      keypoints: seatedPose().keypoints.map((k) =>
        k.name === 'right_wrist' ? { ...k, x: 165, y: 110, score: 0.7 } : k,
      ),
    };
    expect(calibrationAdvice(still(chinOnHand)).handAtFace).toBe(true);
    expect(calibrationAdvice([chinOnHand, ...still(seatedPose(), 9)]).handAtFace).toBe(false);
  });
});
