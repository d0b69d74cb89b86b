import { describe, expect, it } from 'vitest';
import { calibrate } from '../../../src/core/posture/calibration';
import { classify } from '../../../src/core/posture/classifier';
import { postureFeatures } from '../../../src/core/posture/features';
import type { PoseSample } from '../../../src/core/pose/keypoints';
import { closer, seatedPose } from '../../support/poses';

const frame = (sample: PoseSample) => ({
  features: postureFeatures(sample),
  earSpanRatio: null,
  noseAboveShoulders: null,
});
const repeated = (sample: PoseSample, count: number) => Array.from({ length: count }, () => frame(sample));

describe('calibration of a person who shifted while sitting tall', () => {
  // Half of the seconds leaning back a little, half a little nearer: the two sittings' faces differ by 10 %.
  const further = closer(seatedPose(), 0.95);
  const nearer = closer(seatedPose(), 1.05);

  it('learns a face between the two sittings, whichever had a frame more', () => {
    const moreFurther = calibrate([...repeated(further, 13), ...repeated(nearer, 12)]);
    const moreNearer = calibrate([...repeated(further, 12), ...repeated(nearer, 13)]);
    const [small, large] = [postureFeatures(further).faceWidth!, postureFeatures(nearer).faceWidth!];
    for (const baseline of [moreFurther, moreNearer]) {
      expect(baseline.faceWidth!).toBeGreaterThan(small + 0.4 * (large - small));
      expect(baseline.faceWidth!).toBeLessThan(small + 0.6 * (large - small));
    }
    expect(Math.abs(moreNearer.faceWidth! - moreFurther.faceWidth!)).toBeLessThan(0.1 * (large - small));
  });

  it('so a face a little nearer than either gets the same verdict from both calibrations', () => {
    const leaningIn = closer(seatedPose(), 1.16);
    const verdicts = [13, 12].map((furtherFrames) => {
      const baseline = calibrate([...repeated(further, furtherFrames), ...repeated(nearer, 25 - furtherFrames)]);
      return classify(postureFeatures(leaningIn), baseline);
    });
    expect(verdicts[0]!.verdict).toBe(verdicts[1]!.verdict);
    expect(Math.abs(verdicts[0]!.score - verdicts[1]!.score)).toBeLessThan(0.1);
  });

  it('still leaves out a stray frame: a quarter of the frames on either side cannot move it', () => {
    const steady = calibrate(repeated(seatedPose(), 8));
    const withStrays = calibrate([
      ...repeated(seatedPose(), 6),
      frame(closer(seatedPose(), 2)),
      frame(seatedPose({ drop: 60 })),
    ]);
    expect(withStrays.faceWidth).toBeCloseTo(steady.faceWidth!, 10);
    expect(withStrays.headY).toBeCloseTo(steady.headY!, 10);
  });
});
