import type { PoseSample } from '../pose/keypoints';
import { calibrationAdvice, scoreFloors } from './calibration';
import { postureFeatures } from './features';

export type FramingCheck = 'face' | 'light' | 'shoulders' | 'room' | 'hand';

/**
 * Before calibrating, from the latest frames: each check that applies, with whether it passes,
 * judged as calibration will judge its frames (calibrationAdvice), so what is fixed here is not
 * advised afterwards. Only the face check until a face is seen in most frames; the hand only when
 * one is at the face. Null before any frame.
 */
export function framingChecks(recent: readonly PoseSample[]): [FramingCheck, boolean][] | null {
  if (recent.length === 0) return null;
  const withPerson = recent.filter((s) => s.keypoints.length > 0);
  const floors = scoreFloors(withPerson);
  const faces = withPerson.filter((s) => postureFeatures(s, floors).headY !== null);
  if (faces.length * 2 < recent.length) return [['face', false]];
  const advice = calibrationAdvice(faces);
  const checks: [FramingCheck, boolean][] = [
    ['face', true],
    ['light', !advice.faceUnclear],
    ['shoulders', !advice.shouldersHidden],
    ['room', !advice.headLow],
  ];
  return advice.handAtFace ? [...checks, ['hand', false]] : checks;
}
