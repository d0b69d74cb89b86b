import { describe, expect, it } from 'vitest';
import { baselineVerdicts, calibrationFrame, PEER_THRESHOLDS } from '../../../src/core/posture/baselines';
import { calibrate } from '../../../src/core/posture/calibration';
import type { KeypointName, PoseSample } from '../../../src/core/pose/keypoints';
import { closer, seatedPose } from '../../support/poses';

// The peer rules are the yardstick the evaluation prints beside ours, so their definitions are
// pinned here exactly as the posture-engine issue states them, each just either side of its line.
const upright = seatedPose();
const calibration = calibrate([upright, upright, upright].map((s) => calibrationFrame(s)));
const HEAD: KeypointName[] = ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear'];

/** Moves the named keypoints down by `dy` pixels. */
function lowered(sample: PoseSample, names: readonly KeypointName[], dy: number): PoseSample {
  return { ...sample, keypoints: sample.keypoints.map((k) => (names.includes(k.name) ? { ...k, y: k.y + dy } : k)) };
}

describe('peer rules (baselineVerdicts)', () => {
  it('call the calibrated posture upright', () => {
    expect(baselineVerdicts(upright, calibration)).toEqual({
      noseDrop: 'upright',
      headHeightRatio: 'upright',
      faceSize: 'upright',
    });
  });

  it('nose drop: slouched once the nose is more than 5 % of the image height below its calibrated place', () => {
    // 240 pixels high: 5 % is 12 pixels.
    expect(baselineVerdicts(lowered(upright, ['nose'], 11), calibration).noseDrop).toBe('upright');
    expect(baselineVerdicts(lowered(upright, ['nose'], 13), calibration).noseDrop).toBe('slouched');
  });

  it('head-height ratio: slouched under 82 % of the calibrated shoulder-line-to-nose height per shoulder width', () => {
    // Nose 70 pixels above a shoulder line 100 wide: 0.70; 82 % of it is 0.574, i.e. 57.4 pixels.
    expect(baselineVerdicts(lowered(upright, ['nose'], 12), calibration).headHeightRatio).toBe('upright');
    expect(baselineVerdicts(lowered(upright, ['nose'], 13), calibration).headHeightRatio).toBe('slouched');
  });

  it('face size: slouched once the ear-to-ear distance over the image width is more than 10 % above calibration', () => {
    expect(baselineVerdicts(closer(upright, 1.09), calibration).faceSize).toBe('upright');
    expect(baselineVerdicts(closer(upright, 1.11), calibration).faceSize).toBe('slouched');
  });

  it('say unknown without the points a rule needs, never upright', () => {
    const noNose = seatedPose({ hidden: ['nose'] });
    expect(baselineVerdicts(noNose, calibration).noseDrop).toBe('unknown');
    expect(baselineVerdicts(noNose, calibration).headHeightRatio).toBe('unknown');
    const noShoulder = seatedPose({ hidden: ['left_shoulder'] });
    expect(baselineVerdicts(noShoulder, calibration).headHeightRatio).toBe('unknown');
    expect(baselineVerdicts(noShoulder, calibration).noseDrop).toBe('upright');
    const noEar = seatedPose({ hidden: ['right_ear'] });
    expect(baselineVerdicts(noEar, calibration).faceSize).toBe('unknown');
  });

  it('ignore points under the confidence floors they are given, as ours does', () => {
    const faint = {
      ...upright,
      keypoints: upright.keypoints.map((k) => (k.name === 'nose' ? { ...k, score: 0.2 } : k)),
    };
    expect(baselineVerdicts(faint, calibration, {}).noseDrop).toBe('unknown');
    expect(baselineVerdicts(faint, calibration, { nose: 0.1 }).noseDrop).toBe('upright');
  });

  it('judge a slumped head by every rule at once when it sinks and comes nearer', () => {
    const slumped = lowered(closer(upright, 1.2), HEAD, 20);
    expect(baselineVerdicts(slumped, calibration)).toEqual({
      noseDrop: 'slouched',
      headHeightRatio: 'slouched',
      faceSize: 'slouched',
    });
  });

  it('cannot judge against a calibration that lacks the measure', () => {
    const bare = calibrate([calibrationFrame(seatedPose({ hidden: ['nose', 'left_ear'] }))]);
    expect(baselineVerdicts(upright, bare)).toEqual({
      noseDrop: 'unknown',
      headHeightRatio: 'unknown',
      faceSize: 'unknown',
    });
  });

  it('move their lines where other thresholds are given (the operating curve), each rule its own', () => {
    // 13 pixels lower in 240 is 5.4 %: over the usual 5 %, under a 6 % line; the other rules unmoved.
    const nose13 = lowered(upright, ['nose'], 13);
    expect(baselineVerdicts(nose13, calibration, {}, { ...PEER_THRESHOLDS, noseDrop: 0.06 })).toEqual({
      noseDrop: 'upright',
      headHeightRatio: 'slouched',
      faceSize: 'upright',
    });
    expect(
      baselineVerdicts(nose13, calibration, {}, { ...PEER_THRESHOLDS, headHeightRatio: 0.8 }).headHeightRatio,
    ).toBe('upright');
    const nearer = closer(upright, 1.11);
    expect(baselineVerdicts(nearer, calibration, {}, { ...PEER_THRESHOLDS, faceSize: 1.12 }).faceSize).toBe('upright');
    expect(baselineVerdicts(nearer, calibration, {}, { ...PEER_THRESHOLDS, faceSize: 1.1 }).faceSize).toBe('slouched');
  });
});
