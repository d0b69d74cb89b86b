import type { PoseSample } from '../pose/keypoints';
import { postureFeatures, seenKeypoint, type ScoreFloors } from './features';
import type { CalibrationFrame, PostureBaseline } from './calibration';
import type { Verdict } from './classifier';

/**
 * The simple rules peer apps use, scored from the same keypoints and calibration as ours so the
 * evaluation can print them side by side.
 */
export type BaselineName = 'noseDrop' | 'headHeightRatio' | 'faceSize';

export function earSpanRatio(sample: PoseSample, floors: ScoreFloors = {}): number | null {
  const l = seenKeypoint(sample, 'left_ear', floors);
  const r = seenKeypoint(sample, 'right_ear', floors);
  return l && r ? Math.hypot(l.x - r.x, l.y - r.y) / sample.frameWidth : null;
}

export function noseAboveShoulders(sample: PoseSample, floors: ScoreFloors = {}): number | null {
  const nose = seenKeypoint(sample, 'nose', floors);
  const l = seenKeypoint(sample, 'left_shoulder', floors);
  const r = seenKeypoint(sample, 'right_shoulder', floors);
  if (!nose || !l || !r) return null;
  const width = Math.hypot(l.x - r.x, l.y - r.y);
  return width > 0 ? ((l.y + r.y) / 2 - nose.y) / width : null;
}

/** One calibration frame: our features, and the peer rules' measures from the same keypoints. */
export function calibrationFrame(sample: PoseSample, floors: ScoreFloors = {}): CalibrationFrame {
  return {
    features: postureFeatures(sample, floors),
    earSpanRatio: earSpanRatio(sample, floors),
    noseAboveShoulders: noseAboveShoulders(sample, floors),
    luminance: sample.luminance,
  };
}

/** Peers get the same confidence floors as our classifier, so the comparison is like for like. */
export function baselineVerdicts(
  sample: PoseSample,
  calibration: PostureBaseline,
  floors: ScoreFloors = {},
): Record<BaselineName, Verdict> {
  const nose = seenKeypoint(sample, 'nose', floors);
  const noseDrop: Verdict =
    nose && calibration.noseY !== null
      ? nose.y / sample.frameHeight - calibration.noseY > 0.05
        ? 'slouched'
        : 'upright'
      : 'unknown';
  const ratio = noseAboveShoulders(sample, floors);
  const headHeightRatio: Verdict =
    ratio !== null && calibration.noseAboveShoulders
      ? ratio < 0.82 * calibration.noseAboveShoulders
        ? 'slouched'
        : 'upright'
      : 'unknown';
  const span = earSpanRatio(sample, floors);
  const faceSize: Verdict =
    span !== null && calibration.earSpanRatio
      ? span > 1.1 * calibration.earSpanRatio
        ? 'slouched'
        : 'upright'
      : 'unknown';
  return { noseDrop, headHeightRatio, faceSize };
}
