import { describe, expect, it } from 'vitest';
import { baselineSchema } from '../../../src/core/app/app-state-schema';
import type { KeypointName, PoseSample } from '../../../src/core/pose/keypoints';
import { calibrate } from '../../../src/core/posture/calibration';
import { classify, THRESHOLDS } from '../../../src/core/posture/classifier';
import { postureFeatures } from '../../../src/core/posture/features';
import { seatedPose } from '../../support/poses';

/**
 * A head pushed forward of the shoulders comes nearer the camera than they do: the face grows
 * against the shoulders even when the whole person sits no nearer.
 */
const upright = seatedPose();
const baseline = calibrate([{ features: postureFeatures(upright), earSpanRatio: null, noseAboveShoulders: null }]);
const classified = (sample: PoseSample) => classify(postureFeatures(sample), baseline);

/** Scales the named points about (cx, cy). */
function scaled(sample: PoseSample, names: KeypointName[], factor: number, cx: number, cy: number): PoseSample {
  return {
    ...sample,
    keypoints: sample.keypoints.map((k) =>
      names.includes(k.name) ? { ...k, x: cx + (k.x - cx) * factor, y: cy + (k.y - cy) * factor } : k,
    ),
  };
}
const HEAD: KeypointName[] = ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear'];
const SHOULDERS: KeypointName[] = ['left_shoulder', 'right_shoulder'];
/** The shoulder line further from the camera (factor < 1) or nearer, about its midpoint. */
const shouldersAt = (sample: PoseSample, factor: number) => scaled(sample, SHOULDERS, factor, 160, 150);

describe('a head ahead of the shoulders', () => {
  it('is a slump though the face is no larger: the trunk sat back, the head stayed forward', () => {
    const c = classified(shouldersAt(upright, 0.8));
    expect(c.verdict).toBe('slouched');
    expect(c.signals.forwardHead).toBeCloseTo(0.25 / THRESHOLDS.headAhead, 5);
  });

  it('is not a whole trunk leaning in: face and shoulders grow alike', () => {
    const c = classified(shouldersAt(scaled(upright, HEAD, 1.1, 160, 76), 1.1));
    expect(c.verdict).toBe('upright');
    expect(c.signals.forwardHead).toBeCloseTo(0.1 / THRESHOLDS.levelForwardHead, 5);
  });

  it('is not read from shoulders narrowed by a body turned with the head (looking 30° aside)', () => {
    const turn = (30 * Math.PI) / 180;
    const depth: Partial<Record<KeypointName, number>> = { nose: 31, left_eye: 24, right_eye: 24 };
    const turned = {
      ...upright,
      keypoints: upright.keypoints.map((k) =>
        HEAD.includes(k.name)
          ? { ...k, x: 160 + (k.x - 160) * Math.cos(turn) + (depth[k.name] ?? 0) * Math.sin(turn) }
          : k,
      ),
    };
    expect(postureFeatures(turned).headTurn!).toBeGreaterThan((20 * Math.PI) / 180);
    expect(classified(shouldersAt(turned, 0.8)).verdict).toBe('upright');
  });

  it('is not read from a shoulder point a strongly rolled head drags with it', () => {
    const rolled = {
      ...upright,
      keypoints: upright.keypoints.map((k) => {
        const [dx, dy] = [k.x - 160, k.y - 125];
        const [c, s] = [Math.cos(0.45), Math.sin(0.45)];
        if (HEAD.includes(k.name)) return { ...k, x: 160 + dx * c - dy * s, y: 125 + dx * s + dy * c };
        return k.name === 'right_shoulder' ? { ...k, x: 130, y: 130 } : k;
      }),
    };
    const c = classified(rolled);
    expect(c.verdict).toBe('upright');
    expect(c.signals.forwardHead!).toBeLessThan(0.5);
  });

  it('is not measured against a profile saved before the ratio was kept', () => {
    const { faceToShoulders: _, ...saved } = baseline;
    const older = baselineSchema.parse(saved);
    expect(older.faceToShoulders).toBeNull();
    expect(classify(postureFeatures(shouldersAt(upright, 0.8)), older).signals.forwardHead).toBeCloseTo(0, 5);
  });
});
