import { inAnyLook, SAME_SCENE, sceneMatch, type SceneFingerprint } from '../pose/scene';
import { headAnchorsOf, type PostureBaseline } from './calibration';
import { THRESHOLDS } from './thresholds';

/**
 * One place can look different through the day: a window bright by day and black at night
 * changes which parts of the frame's border are brighter, and the scene check (scene.ts) then
 * reads the calibrated room as another place — the steady face is off and calibrating again is
 * suggested every evening. So a calibration made again from the same seat with the same camera
 * keeps the earlier calibrations' looks of the place: once calibrated by day and by night, both
 * are the calibrated place.
 */

/** How many looks of one place a profile keeps besides its own (by day, at night, blinds down). */
export const MAX_EARLIER_LOOKS = 3;

/**
 * How far apart (face widths) two calibrations may find the head for their seat to be the same:
 * half the smallest drop called a slump (THRESHOLDS.steadyFaceDrop), so the new calibration fits
 * the earlier light's frames within half that margin. A camera moved or another chair moves the
 * head further.
 */
export const SAME_SEAT_HEAD = THRESHOLDS.steadyFaceDrop / 2;
/** ...and how much the face's size may differ: half the smallest growth called leaning in (12 %). */
export const SAME_SEAT_SIZE = 0.06;
/** Sideways, a head a little off where it sat is still in the same seat; half a face width is not. */
export const SAME_SEAT_ACROSS = 0.5;

/** Every look of the calibrated place: this calibration's own, then those kept from earlier ones. */
export function placeLooks(baseline: PostureBaseline): SceneFingerprint[] {
  return [baseline.scene, ...(baseline.earlierLooks ?? [])].filter((look): look is SceneFingerprint => look !== null);
}

/** Whether `scene` shows the calibrated place in any of its looks; null when nothing can tell. */
export function inCalibratedPlace(
  baseline: PostureBaseline,
  scene: SceneFingerprint | null | undefined,
): boolean | null {
  return inAnyLook(placeLooks(baseline), scene);
}

/**
 * Whether two calibrations found the person in the same seat: the head at the same height and
 * across (in face widths, through the first head anchor both have) and the face the same size.
 * Only comparable in the same camera mode (frame size): another is another set-up.
 */
export function sameSeat(earlier: PostureBaseline, later: PostureBaseline): boolean {
  const [frame, was, is] = [later.frameSize, earlier.faceWidth, later.faceWidth];
  const sameMode = frame && earlier.frameSize?.width === frame.width && earlier.frameSize.height === frame.height;
  if (!sameMode || !was || !is || Math.abs(is / was - 1) > SAME_SEAT_SIZE) return false;
  const [before, now] = [headAnchorsOf(earlier), headAnchorsOf(later)];
  const anchor = (['ears', 'eyes', 'ear'] as const).find((a) => before[a] !== null && now[a] !== null);
  if (!anchor || (Math.abs(now[anchor]! - before[anchor]!) * frame.height) / is > SAME_SEAT_HEAD) return false;
  if (earlier.headX === null || later.headX === null) return true;
  return (Math.abs(later.headX - earlier.headX) * frame.width) / is <= SAME_SEAT_ACROSS;
}

/**
 * The new calibration, keeping the earlier one's looks of the place when it was made from the
 * same seat (sameSeat; the caller checks the camera): newest first, none that the new look
 * already matches, at most MAX_EARLIER_LOOKS. From another seat the place is new and the
 * earlier looks are dropped with the calibration they belonged to.
 */
export function withEarlierLooks(later: PostureBaseline, earlier: PostureBaseline | null): PostureBaseline {
  if (!earlier || !later.scene || !sameSeat(earlier, later)) return { ...later, earlierLooks: [] };
  const own = later.scene;
  const kept = placeLooks(earlier).filter((look) => (sceneMatch(own, look) ?? -1) < SAME_SCENE);
  return { ...later, earlierLooks: kept.slice(0, MAX_EARLIER_LOOKS) };
}
