import type { PostureBaseline } from './calibration';
import { NOSE_DEPTH, NOSE_DEPTH_FROM_EYES, type PostureFeatures } from './features';
import { inCalibratedPlace } from './place-looks';
import { AGREEMENT_MAX_ROLL, THRESHOLDS } from './thresholds';

/**
 * How far (face widths) the nose may sit from where it sat along the ear line at calibration for
 * the face to count as facing the camera as it did: about 12° of turn (features.ts places the
 * nose tip 0.7 × sin ψ face widths off the ears' midpoint when the head turns by ψ).
 */
export const STEADY_TURN = 0.15;

/**
 * The same turn for a face placed from its eyes (the ears hidden at calibration and now): the
 * nose tip sits NOSE_DEPTH_FROM_EYES / 2 × sin ψ eye spans off the eyes' midpoint, so the ~12°
 * of STEADY_TURN is 0.075 eye spans. Upright photos here with the ears made faint read 0.02 eye
 * spans off their calibration at the median, 0.09 at the 99th percentile.
 */
export const STEADY_TURN_EYES = (STEADY_TURN / (NOSE_DEPTH / 2)) * (NOSE_DEPTH_FROM_EYES / 2);

/**
 * How much larger or smaller than at calibration the face may be and still meet the camera as it
 * did: the growth that counts as leaning in (THRESHOLDS.forwardHead), either way. A face at
 * another distance sits at another height in the frame without any sink, as the camera seldom
 * looks straight along the head's path: a head 10 cm off the camera's axis, 15 % further or
 * nearer, moves ~0.1 face widths towards or away from the frame's centre, over half the steady
 * step; at a fifth, nearly all of it. Upright photos here read at most 8 % off their calibration
 * (11 % with the bottom quarter cut off). The masked subject's photo where the exposure jumped,
 * read 23 % smaller and 0.15–0.2 face widths lower there, was called slouched by the steady face
 * in 16 of 17 calibration choices (2026-12-07).
 */
export const STEADY_SIZE = THRESHOLDS.forwardHead;

/** Whether the face is within STEADY_SIZE of its calibrated size, measured between the same points. */
function sameSize(features: PostureFeatures, baseline: PostureBaseline): boolean {
  const { faceWidth, faceWidthFrom } = features;
  if (!faceWidth || !baseline.faceWidth || faceWidthFrom !== baseline.faceWidthFrom) return false;
  return Math.abs(faceWidth / baseline.faceWidth - 1) <= STEADY_SIZE;
}

/**
 * Whether the nose sits where it sat across the face at calibration, measured as calibration
 * measured it: along the ear line (STEADY_TURN), or, for a face calibrated and seen with its ears
 * hidden, along the eye line (STEADY_TURN_EYES). A face calibrated from its ears and now seen
 * without them is not compared: no like measure is left.
 */
function facingAsCalibrated(features: PostureFeatures, baseline: PostureBaseline): boolean {
  const [nose, calibratedNose] = [features.faceAcross?.nose ?? null, baseline.faceAcross?.nose ?? null];
  if (nose !== null && calibratedNose !== null) return Math.abs(nose - calibratedNose) <= STEADY_TURN;
  const eyesOnly = features.faceWidthFrom === 'eyes' && baseline.faceWidthFrom === 'eyes';
  const [byEyes, calibratedByEyes] = [features.noseAlongEyes, baseline.noseAlongEyes];
  return (
    eyesOnly && byEyes !== null && calibratedByEyes !== null && Math.abs(byEyes - calibratedByEyes) <= STEADY_TURN_EYES
  );
}

/**
 * Whether the face meets the camera as it did at calibration, in the place it was calibrated in:
 * level (rolled no further than AGREEMENT_MAX_ROLL from its calibrated roll), turned no further
 * aside than STEADY_TURN (facingAsCalibrated), as near as it was (STEADY_SIZE), and the camera's
 * surroundings those of the calibration (scene.ts), in any of its calibrated looks
 * (place-looks.ts). Head movement then cannot have taken the whole face lower — a nod leaves the
 * ears, tipping back raises the nose, a tilt or a turn is excluded here — and the calibration
 * still describes the camera, the chair and the desk: what is left is the body sinking. Another
 * place, or a frame with no fingerprint, is not steady: there the calibration may no longer fit
 * at all. With the ears hidden a nod is not ruled out (head-drop.ts says what is judged then).
 *
 * A hand at the face does not end it: its drop then needs HAND_SUPPORT times the step, as every
 * head measure does (head-drop.ts). Until 2026-12-07 it did, and where the shoulders sit at the
 * frame's bottom edge MoveNet often places a wrist there (score 0.30–0.38, no hand in the
 * picture), so a whole framing lost the steady face: before a bare wall, the masked subject 10 %
 * nearer and 3 % lower was caught in 0 of 13 photos (the nose-drop rule 13). The real hands at
 * the face here (the deepwork author's) never sank: their steady drops are all below zero.
 */
export function steadyFace(features: PostureFeatures, baseline: PostureBaseline, roll: number | null): boolean {
  if (roll === null || Math.abs(roll) > AGREEMENT_MAX_ROLL) return false;
  if (!facingAsCalibrated(features, baseline) || !sameSize(features, baseline)) return false;
  return inCalibratedPlace(baseline, features.scene) === true;
}
