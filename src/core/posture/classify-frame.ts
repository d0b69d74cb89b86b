import type { PosePoints } from '../pose/keypoints';
import type { PostureBaseline } from './calibration';
import { classify, DEFAULT_SENSITIVITY, type Classification, type Sensitivity } from './classifier';
import { postureFeatures, type ScoreFloors } from './features';
import { inCalibratedFrame } from './frame-size';

/** A frame of another shape than calibration's: another view of the picture, not judged. */
export const OTHER_VIEW: Classification = { verdict: 'unknown', because: 'otherView', score: 0, signals: {} };

/**
 * One frame judged against a calibration as the monitor judges a camera frame: measured in the
 * calibration's frame size, and `unknown` (otherView) when its shape differs (frame-size.ts).
 * The evaluation judges each photo through this, so a photo of another shape than its subject's
 * calibration photos is not compared where positions mean other places.
 */
export function classifyFrame(
  sample: PosePoints,
  baseline: PostureBaseline,
  floors: ScoreFloors = {},
  sensitivity: Sensitivity = DEFAULT_SENSITIVITY,
): Classification {
  const framed = inCalibratedFrame(sample, baseline.frameSize);
  return framed ? classify(postureFeatures(framed, floors), baseline, sensitivity) : OTHER_VIEW;
}
