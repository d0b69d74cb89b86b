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
 * How far two calibrations of one seat may differ. The newest calibration is the reference in
 * every look, so what matters is how the earlier light's upright frames read against it:
 * - the new head higher: they read that much lower, so at most half the steady face's drop
 *   (THRESHOLDS.steadyFaceDrop) — the new calibration then fits them within half that margin;
 * - the new head lower (a person sitting a little lower in the evening): they read higher, which
 *   is never a slump (and the adaptive baseline follows a taller person within seconds), so up to
 *   a slouch's worth (THRESHOLDS.headDrop), beyond which it is another seat (a moved camera or
 *   another chair moves the head further);
 * - the new face smaller: they read nearer, so at most half the 12 % growth called leaning in;
 *   larger: they read further back, a slump only from 30 %, so up to the 15 % a chair moved nearer
 *   would not exceed;
 * - across: half a face width either way.
 */
export const SAME_SEAT = {
  higher: THRESHOLDS.steadyFaceDrop / 2,
  lower: THRESHOLDS.headDrop,
  smaller: 0.06,
  larger: 0.15,
  across: 0.5,
} as const;

/** Every look of the calibrated place: this calibration's own, then those kept from earlier ones. */
export function placeLooks(baseline: PostureBaseline): SceneFingerprint[] {
  return [baseline.scene, ...baseline.earlierLooks].filter((look): look is SceneFingerprint => look !== null);
}

/** Whether `scene` shows the calibrated place in any of its looks; null when nothing can tell. */
export function inCalibratedPlace(
  baseline: PostureBaseline,
  scene: SceneFingerprint | null | undefined,
): boolean | null {
  return inAnyLook(placeLooks(baseline), scene);
}

/**
 * Whether two calibrations found the person in the same seat (SAME_SEAT): the head at about the
 * same height and across (in face widths, through the first head anchor both have) and the face
 * about the same size. Only comparable in the same camera mode (frame size): another is another
 * set-up.
 */
export function sameSeat(earlier: PostureBaseline, later: PostureBaseline): boolean {
  const [frame, was, is] = [later.frameSize, earlier.faceWidth, later.faceWidth];
  const sameMode = frame && earlier.frameSize?.width === frame.width && earlier.frameSize.height === frame.height;
  if (!sameMode || !was || !is) return false;
  const growth = is / was - 1;
  if (growth < -SAME_SEAT.smaller || growth > SAME_SEAT.larger) return false;
  const [before, now] = [headAnchorsOf(earlier), headAnchorsOf(later)];
  const anchor = (['ears', 'eyes', 'ear'] as const).find((a) => before[a] !== null && now[a] !== null);
  if (!anchor) return false;
  const lower = ((now[anchor]! - before[anchor]!) * frame.height) / is;
  if (lower < -SAME_SEAT.higher || lower > SAME_SEAT.lower) return false;
  if (earlier.headX === null || later.headX === null) return true;
  return (Math.abs(later.headX - earlier.headX) * frame.width) / is <= SAME_SEAT.across;
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
