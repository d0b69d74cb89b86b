import type { PoseSample } from '../pose/keypoints';
import { placeSquare, type Region } from '../pose/model-input';
import type { PostureBaseline } from './calibration';
import { postureFeatures, type PostureFeatures, type ScoreFloors } from './features';

/**
 * Single-person pose models follow whoever is most visible. When the person found is clearly not
 * the calibrated one — a face half or twice the size, or far from where the user sits — the
 * frame is not about the user and must not be classified (a colleague leaning in is not a slump);
 * the monitor then looks again where the user sits (userRegion) and follows them.
 */
// Leaning back in a chair can halve the face; someone behind the user is much smaller still.
export const PERSON_LOCK = { minScale: 0.35, maxScale: 2.5, maxShift: 0.3 } as const;

/** A head at `x` (fraction of the frame width) sits across where the user's sat at `userX`. */
export function whereUserSits(x: number, userX: number): boolean {
  return Math.abs(x - userX) <= PERSON_LOCK.maxShift;
}

export function isCalibratedPerson(features: PostureFeatures, baseline: PostureBaseline): boolean {
  if (features.headY === null || baseline.headY === null) return false;
  if (features.headX !== null && baseline.headX !== null && !whereUserSits(features.headX, baseline.headX)) {
    return false;
  }
  if (features.faceWidth && baseline.faceWidth && features.faceWidthFrom === baseline.faceWidthFrom) {
    const scale = features.faceWidth / baseline.faceWidth;
    if (scale < PERSON_LOCK.minScale || scale > PERSON_LOCK.maxScale) return false;
  }
  return true;
}

/** The region looked at again for the user: this many calibrated face widths square, around the head. */
const USER_REGION_FACE_WIDTHS = 5;

/**
 * Where to look for the calibrated user when the model followed someone else: a square around
 * where the user's head sat at calibration, with room for their shoulders below it (frame
 * coordinates). Null when the person found is the user, when nobody is found, or when the
 * calibration does not say where the user sits.
 */
export function userRegion(features: PostureFeatures, baseline: PostureBaseline): Region | null {
  if (features.headY === null || isCalibratedPerson(features, baseline)) return null;
  if (baseline.headY === null || baseline.headX === null || !baseline.faceWidth) return null;
  const side = Math.min(
    Math.max(features.frameWidth, features.frameHeight),
    USER_REGION_FACE_WIDTHS * baseline.faceWidth,
  );
  const frame = { width: features.frameWidth, height: features.frameHeight };
  // The head a quarter of the way down: the rest is neck and shoulders.
  const top = baseline.headY * features.frameHeight - side / 4;
  return placeSquare(frame, side, baseline.headX * features.frameWidth - side / 2, top);
}

/**
 * Follows the calibrated user: when `first` shows someone else, the same frame is looked at
 * again in the user's region (`relook`), and that answer is taken if it is the user. `T` is the
 * caller's sample type (the monitor's worker results, the evaluation's samples).
 */
export async function followUser<T>(
  first: T,
  view: (sample: T) => PoseSample,
  baseline: PostureBaseline,
  floors: ScoreFloors,
  relook: (region: Region) => Promise<T | null>,
): Promise<T> {
  const region = userRegion(postureFeatures(view(first), floors), baseline);
  if (!region) return first;
  const second = await relook(region);
  return second && isCalibratedPerson(postureFeatures(view(second), floors), baseline) ? second : first;
}
