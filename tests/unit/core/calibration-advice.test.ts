import { describe, expect, it } from 'vitest';
import type { PoseSample } from '../../../src/core/pose/keypoints';
import { calibrationAdvice } from '../../../src/core/posture/calibration';
import { seatedPose } from '../../support/poses';

const still = (sample: PoseSample, n = 10) => Array.from({ length: n }, () => sample);

describe('calibration advice', () => {
  it('has nothing to say about a clear, still person with shoulders in view', () => {
    expect(calibrationAdvice(still(seatedPose()))).toEqual({
      faceUnclear: false,
      shouldersHidden: false,
      moved: false,
    });
  });

  it('says when the face was seen only faintly (dim light, a mask)', () => {
    expect(calibrationAdvice(still(seatedPose({ score: 0.2 }))).faceUnclear).toBe(true);
  });

  it('says when the shoulders were out of view', () => {
    const cropped = seatedPose({ hidden: ['left_shoulder', 'right_shoulder'] });
    expect(calibrationAdvice(still(cropped)).shouldersHidden).toBe(true);
  });

  it('says when the head moved a slouch’s worth while calibrating, but not for small sway', () => {
    // Face width is 44 px: a 20 px range is ~0.45 face widths, a 4 px sway ~0.1.
    const sway = (range: number) => Array.from({ length: 10 }, (_, i) => seatedPose({ drop: (i % 2) * range }));
    expect(calibrationAdvice(sway(20)).moved).toBe(true);
    expect(calibrationAdvice(sway(4)).moved).toBe(false);
  });
});
