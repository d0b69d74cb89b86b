import type { PostureBaseline } from './calibration';
import type { PostureFeatures } from './features';
import { inCalibratedPlace } from './place-looks';
import { AGREEMENT_MAX_ROLL } from './thresholds';

/**
 * How far (face widths) the nose may sit from where it sat along the ear line at calibration for
 * the face to count as facing the camera as it did: about 12° of turn (features.ts places the
 * nose tip 0.7 × sin ψ face widths off the ears' midpoint when the head turns by ψ).
 */
export const STEADY_TURN = 0.15;

/**
 * Whether the face meets the camera as it did at calibration, in the place it was calibrated in:
 * level (rolled no further than AGREEMENT_MAX_ROLL from its calibrated roll), turned no further
 * aside than STEADY_TURN, no hand at it, and the camera's surroundings those of the calibration
 * (scene.ts), in any of its calibrated looks (place-looks.ts). Head movement then cannot have
 * taken the whole face lower — a nod leaves the ears, tipping back raises the nose, a tilt or a
 * turn is excluded here, a hand is seen — and the calibration still describes the camera, the
 * chair and the desk: what is left is the body sinking. Another place, or a frame with no
 * fingerprint, is not steady: there the calibration may no longer fit at all.
 */
export function steadyFace(features: PostureFeatures, baseline: PostureBaseline, roll: number | null): boolean {
  if (roll === null || Math.abs(roll) > AGREEMENT_MAX_ROLL || features.handAtFace) return false;
  const [nose, calibratedNose] = [features.faceAcross?.nose ?? null, baseline.faceAcross?.nose ?? null];
  if (nose === null || calibratedNose === null) return false;
  return Math.abs(nose - calibratedNose) <= STEADY_TURN && inCalibratedPlace(baseline, features.scene) === true;
}
