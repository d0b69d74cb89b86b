import { keypoint, KEYPOINT_NAMES, type KeypointName, type PoseSample } from './keypoints';

/** The upper-body points a desk webcam reliably sees: face and shoulders, MoveNet's first seven. */
const UPPER_BODY: readonly KeypointName[] = KEYPOINT_NAMES.slice(0, 7);

/** Scale of the person in the frame: shoulder width, else eye distance ×2.5, else frame width / 4. */
export function bodyScale(sample: PoseSample): number {
  const ls = keypoint(sample, 'left_shoulder');
  const rs = keypoint(sample, 'right_shoulder');
  if (ls && rs) return Math.max(1, Math.hypot(ls.x - rs.x, ls.y - rs.y));
  const le = keypoint(sample, 'left_eye');
  const re = keypoint(sample, 'right_eye');
  if (le && re) return Math.max(1, 2.5 * Math.hypot(le.x - re.x, le.y - re.y));
  return Math.max(1, sample.frameWidth / 4);
}

/**
 * How much the upper body moved between two samples, as a fraction of body size (mean over the
 * points seen in both). Null when the two share fewer than two confident points.
 */
export function upperBodyMotion(previous: PoseSample, current: PoseSample): number | null {
  const scale = bodyScale(current);
  const sx = current.frameWidth / Math.max(1, previous.frameWidth);
  const sy = current.frameHeight / Math.max(1, previous.frameHeight);
  let total = 0;
  let count = 0;
  for (const name of UPPER_BODY) {
    const a = keypoint(previous, name);
    const b = keypoint(current, name);
    if (!a || !b) continue;
    total += Math.hypot(b.x - a.x * sx, b.y - a.y * sy) / scale;
    count += 1;
  }
  return count >= 2 ? total / count : null;
}

/** A person counts as present when enough of the head and shoulders are seen with confidence. */
export function isPersonVisible(sample: PoseSample): boolean {
  return UPPER_BODY.filter((name) => keypoint(sample, name) !== null).length >= 3;
}
