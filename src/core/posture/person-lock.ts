import type { PostureBaseline } from './calibration';
import type { PostureFeatures } from './features';

/**
 * Single-person pose models follow whoever is most visible. When the person found is clearly not
 * the calibrated one — a face half or twice the size, or far from where the user sits — the
 * frame is not about the user and must not be classified (a colleague leaning in is not a slump).
 */
// Leaning back in a chair can halve the face; someone behind the user is much smaller still.
export const PERSON_LOCK = { minScale: 0.35, maxScale: 2.5, maxShift: 0.3 } as const;

export function isCalibratedPerson(features: PostureFeatures, baseline: PostureBaseline): boolean {
  if (features.headY === null || baseline.headY === null) return false;
  if (
    features.headX !== null &&
    baseline.headX !== null &&
    Math.abs(features.headX - baseline.headX) > PERSON_LOCK.maxShift
  ) {
    return false;
  }
  if (features.faceWidth && baseline.faceWidth && features.faceWidthFrom === baseline.faceWidthFrom) {
    const scale = features.faceWidth / baseline.faceWidth;
    if (scale < PERSON_LOCK.minScale || scale > PERSON_LOCK.maxScale) return false;
  }
  return true;
}
