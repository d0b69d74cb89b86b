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

/**
 * Each rule's line, as the peer apps draw it: the nose lower than calibrated by more than this
 * share of the image's height; the shoulder-line-to-nose height ÷ shoulder width under this share
 * of calibration's; the ear-to-ear distance ÷ image width over this share of calibration's.
 */
export const PEER_THRESHOLDS: Readonly<Record<BaselineName, number>> = {
  noseDrop: 0.05,
  headHeightRatio: 0.82,
  faceSize: 1.1,
};

/**
 * Peers get the same confidence floors as our classifier, so the comparison is like for like.
 * Other `thresholds` than the peers' own only trace a rule's operating curve (eval:posture --curve).
 */
export function baselineVerdicts(
  sample: PoseSample,
  calibration: PostureBaseline,
  floors: ScoreFloors = {},
  thresholds: Readonly<Record<BaselineName, number>> = PEER_THRESHOLDS,
): Record<BaselineName, Verdict> {
  const judged = (slouched: boolean): Verdict => (slouched ? 'slouched' : 'upright');
  const nose = seenKeypoint(sample, 'nose', floors);
  const calibratedNose = calibration.noseY;
  const noseDrop =
    nose && calibratedNose !== null
      ? judged(nose.y / sample.frameHeight - calibratedNose > thresholds.noseDrop)
      : 'unknown';
  const ratio = noseAboveShoulders(sample, floors);
  const calibratedRatio = calibration.noseAboveShoulders;
  const headHeightRatio =
    ratio !== null && calibratedRatio ? judged(ratio < thresholds.headHeightRatio * calibratedRatio) : 'unknown';
  const span = earSpanRatio(sample, floors);
  const calibratedSpan = calibration.earSpanRatio;
  const faceSize = span !== null && calibratedSpan ? judged(span > thresholds.faceSize * calibratedSpan) : 'unknown';
  return { noseDrop, headHeightRatio, faceSize };
}
