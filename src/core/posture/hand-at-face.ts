import { keypoint, MIN_KEYPOINT_SCORE, type PosePoints } from '../pose/keypoints';
import type { PostureFeatures } from './features';
import { EYE_TO_EAR, TRUE_EYE_TO_EAR } from './face-span';

/** A wrist this close to the head centre (in face widths) is a hand at the face. */
const HAND_AT_FACE_FACE_WIDTHS = 1.6;
/** Hands are judged at the usual confidence: a lowered floor would see hands in noise. */
const HAND_SCORE = MIN_KEYPOINT_SCORE;

/** Whether a wrist is within reach of the head: a hand holds it (a chin or cheek resting on it). */
export function handAtFace(
  sample: PosePoints,
  head: { x: number; y: number } | null,
  faceWidth: number | null,
  from: PostureFeatures['faceWidthFrom'],
): boolean {
  if (!head || !faceWidth) return false;
  const reach = HAND_AT_FACE_FACE_WIDTHS * (from === 'eyes' ? (faceWidth * TRUE_EYE_TO_EAR) / EYE_TO_EAR : faceWidth);
  return (['left_wrist', 'right_wrist'] as const).some((name) => {
    const wrist = keypoint(sample, name, HAND_SCORE);
    return wrist !== null && Math.hypot(wrist.x - head.x, wrist.y - head.y) <= reach;
  });
}
