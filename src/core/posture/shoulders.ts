import type { PostureBaseline } from './calibration';
import { faceToShoulders, type PostureFeatures } from './features';
import { THRESHOLDS } from './thresholds';

/*
 * The shoulder line as the classifier uses it: when it is a reference, what a rolled head does to
 * it, and what it says of the head's distance.
 */

/**
 * The shoulder line is a reference only when calibration saw it clearly and clear of the frame's
 * bottom edge. Shoulders calibrated lower are half out of view: MoveNet still places them, but as
 * a guess that wanders with the framing, and such a line cannot be seen to sink either (it would
 * leave the frame).
 */
const SHOULDERS_VISIBLE_BELOW = 0.92;

export function shouldersCalibratedInView(baseline: PostureBaseline): boolean {
  return baseline.shoulderY !== null && baseline.shoulderY < SHOULDERS_VISIBLE_BELOW;
}

/**
 * Whether the shoulder line's angle can be read against calibration's: calibrated in view and
 * in view now, its lower point too above SHOULDERS_VISIBLE_BELOW. A point lower is as much a
 * guess as a line calibrated there, and an angle to a guess is no lean: the deepwork author's
 * upright read 18–20° from his calibration in two mirrored crops that put one shoulder at the
 * frame's bottom edge.
 */
export function shoulderLineInView(features: PostureFeatures, baseline: PostureBaseline): boolean {
  const { shoulderY, shoulderTilt, shoulderWidth, frameHeight } = features;
  if (!shouldersCalibratedInView(baseline) || shoulderY === null || shoulderTilt === null || !shoulderWidth)
    return false;
  const lowerPoint = shoulderY + (Math.abs(Math.sin(shoulderTilt)) * shoulderWidth) / 2 / frameHeight;
  return lowerPoint < SHOULDERS_VISIBLE_BELOW;
}

/**
 * A head rolled this far (radians, 15°) from its calibrated roll pulls MoveNet's shoulder point
 * on its side up with it (a 35° tilt of the real astronaut photo lifted it by 12°)...
 */
const SHOULDER_DRAG_ROLL = Math.PI / 12;

/**
 * ...so while it is, the neck is measured down to the lower shoulder point rather than to the
 * middle of the line (as a ratio of the shoulder width, what that adds to the neck). A slump
 * still shows: the lower shoulder does not come up to meet a sinking head.
 */
export function draggedShoulder(features: PostureFeatures, baseline: PostureBaseline, roll: number): number {
  if (Math.abs(roll) < SHOULDER_DRAG_ROLL || features.shoulderTilt === null) return 0;
  return Math.abs(Math.sin(features.shoulderTilt - (baseline.shoulderTilt ?? 0))) / 2;
}

/**
 * Beyond this turn (radians, 20°) the body may be turned with the head, and turned shoulders look
 * narrower without the head coming any nearer.
 */
const MAX_SHOULDER_SIZING_TURN = Math.PI / 9;

/**
 * Whether confidently seen shoulders narrowed as much as a leaning-back face must shrink: the
 * whole trunk went back from the camera, so the face's shrinking is no misread of a rolled head.
 */
export function shouldersWentBack(features: PostureFeatures, baseline: PostureBaseline): boolean {
  const { shoulderWidth, shouldersConfident } = features;
  if (!shouldersConfident || !shoulderWidth || !baseline.faceToShoulders || !baseline.faceWidth) return false;
  const calibratedWidth = baseline.faceWidth / baseline.faceToShoulders;
  return shouldersCalibratedInView(baseline) && shoulderWidth / calibratedWidth - 1 <= -THRESHOLDS.leanBack;
}

/**
 * How much the face grew against the shoulders (a head pushed forward of them), when calibration
 * and this frame both saw the shoulders clearly, the head faces the camera, and it is not rolled
 * so far that it drags a shoulder point with it.
 */
export function headAheadOfShoulders(
  features: PostureFeatures,
  baseline: PostureBaseline,
  roll: number,
): number | null {
  const ratio = faceToShoulders(features);
  if (ratio === null || !baseline.faceToShoulders || !shouldersCalibratedInView(baseline)) return null;
  if ((features.headTurn ?? 0) > MAX_SHOULDER_SIZING_TURN || Math.abs(roll) >= SHOULDER_DRAG_ROLL) return null;
  return ratio / baseline.faceToShoulders - 1;
}
