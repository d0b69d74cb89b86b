import { keypoint, type PoseSample } from '../pose/keypoints';
import type { PostureBaseline } from './calibration';
import type { Verdict } from './classifier';

/**
 * The simple rules peer apps use, scored from the same keypoints and calibration as ours so the
 * evaluation can print them side by side.
 */
export type BaselineName = 'noseDrop' | 'headHeightRatio' | 'faceSize';

export function earSpanRatio(sample: PoseSample): number | null {
  const l = keypoint(sample, 'left_ear');
  const r = keypoint(sample, 'right_ear');
  return l && r ? Math.hypot(l.x - r.x, l.y - r.y) / sample.frameWidth : null;
}

export function noseAboveShoulders(sample: PoseSample): number | null {
  const nose = keypoint(sample, 'nose');
  const l = keypoint(sample, 'left_shoulder');
  const r = keypoint(sample, 'right_shoulder');
  if (!nose || !l || !r) return null;
  const width = Math.hypot(l.x - r.x, l.y - r.y);
  return width > 0 ? ((l.y + r.y) / 2 - nose.y) / width : null;
}

export function baselineVerdicts(sample: PoseSample, calibration: PostureBaseline): Record<BaselineName, Verdict> {
  const nose = keypoint(sample, 'nose');
  const noseDrop: Verdict =
    nose && calibration.noseY !== null
      ? nose.y / sample.frameHeight - calibration.noseY > 0.05
        ? 'slouched'
        : 'upright'
      : 'unknown';
  const ratio = noseAboveShoulders(sample);
  const headHeightRatio: Verdict =
    ratio !== null && calibration.noseAboveShoulders
      ? ratio < 0.82 * calibration.noseAboveShoulders
        ? 'slouched'
        : 'upright'
      : 'unknown';
  const span = earSpanRatio(sample);
  const faceSize: Verdict =
    span !== null && calibration.earSpanRatio
      ? span > 1.1 * calibration.earSpanRatio
        ? 'slouched'
        : 'upright'
      : 'unknown';
  return { noseDrop, headHeightRatio, faceSize };
}
