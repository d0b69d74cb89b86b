/** How much change counts as a slump: the classifier's thresholds and the user's sensitivity. */

/** Per-signal sensitivity: 1 is the default, 2 reacts to half the change, 0.5 needs twice as much. */
export type Sensitivity = Record<'headDrop' | 'forwardHead' | 'shoulderTilt', number>;
export const DEFAULT_SENSITIVITY: Sensitivity = { headDrop: 1, forwardHead: 1, shoulderTilt: 1 };

/**
 * How much change counts as a slump, per signal. Each is a body-size-normalised distance from the
 * person's own upright calibration:
 * - headDrop: the head centre (between the ears: the point a nod barely moves) sinks by this many
 *   face widths — a third of a face, more than a glance moves the ear line, less than the
 *   5–10 cm a sinking spine takes the head down;
 * - wholeFaceDrop: the ear line, the eye line and the nose all sink by this many face widths. A
 *   nod leaves the ears where they were, tipping back raises the nose, and one misplaced point
 *   (MoveNet on a rolled or masked face) cannot move all three, so a whole face that sank is a
 *   slump at a quarter of a face;
 * - steadyFaceDrop: the same for a face that meets the camera as it did at calibration, in the
 *   calibrated place (steady-face.ts): head movement is ruled out there, so the whole face sunk
 *   ~3 cm is a slump. Upright photos here (calibrated place, 13 framings, 3 picture qualities)
 *   sink at most 0.15 face widths so, most under 0.07; the peer nose-drop rule's 5 % of these
 *   photos' height is 0.15;
 * - forwardHead: the face grows this much (the head comes towards the screen), or shrinks by
 *   leanBack (a reclined slump: the head sinks away from the screen);
 * - levelForwardHead: the same growth for a face sized from its ears that meets the camera level
 *   and frontal, whose ear span MoveNet places best: upright photos here vary by at most 8 % so
 *   (no hand at the face; as taken, 13 framings, 3 picture qualities), and a head ~6 cm nearer at
 *   55 cm grows 12 %;
 * - headAhead: the face grows this much against the shoulders (the head pushed forward of them:
 *   ~10 cm at 60 cm from the camera). A ratio of two widths, each as noisy as the face's alone,
 *   so about √2 × forwardHead's threshold;
 * - neck: the head's height above the shoulder line (÷ shoulder width) shrinks this much;
 * - sink: the shoulder line itself sinks this many face widths (the trunk slumps, not just the
 *   head; a little more than the head's threshold, as shoulder points jitter more than ears);
 * - shoulderTilt: the shoulder line leans this far (radians, ~17°): shoulder points at the frame's
 *   edge swing by up to ~11° between upright photos, and a strong head tilt can drag the
 *   model's shoulder point with it, so only a clear sideways lean counts.
 */
export const THRESHOLDS = {
  headDrop: 0.3,
  wholeFaceDrop: 0.25,
  steadyFaceDrop: 0.18,
  forwardHead: 0.15,
  levelForwardHead: 0.12,
  headAhead: 0.2,
  leanBack: 0.3,
  neck: 0.25,
  sink: 0.35,
  shoulderTilt: 0.3,
} as const;

/**
 * A steady face (steady-face.ts) that sank by this fraction of the frame's height is a slump even
 * where that is under THRESHOLDS.steadyFaceDrop: the peer nose-drop rule's 5 %, which on the
 * held-out photos called no upright slouched, less what taking the least of three readings costs.
 * MoveNet's points stray by a share of the picture, not of the face, so for a face filling a
 * third of the frame's height (a laptop webcam at arm's length) 5 % is 0.15 face widths. The
 * whole face's drop is the least of the ear line's, the eye line's and the nose's, and the least
 * of three noisy readings falls short of the move: the masked subject moved 5 % lower (the room
 * left in place) reads 4.55–5.0 % so, her nose alone 5.4–6.5 %, and moved 3 % at most 3.2 % (but
 * for a photo of hers that sits lower unmoved). So 4.5 % matches that rule's 5 % on the nose,
 * and only on a face that meets the camera as at calibration, in the calibrated place. (Since
 * 2026-12-07 the drop so compared is the parts' mean, STEADY_PART_SHARE.)
 */
export const STEADY_DROP_OF_FRAME = 0.045;

/**
 * A steady face's drop is the mean of its three parts' drops (the ear line, the eye line, the
 * nose: three readings of one move), but never more than the least of them over this share: to
 * count as sunk by a threshold, the mean must reach it and each part this share of it. The least
 * alone read a real move short: with the person alone moved 5 % of the height lower (the
 * room left in place) and again before a plain wall, MoveNet placed the masked subject's ears
 * (under her hair) 0.12–0.15 face widths lower for a move of 0.16, her nose 0.16–0.20, so the
 * least of three caught 1 of her 13 such slumps before the plain wall (the nose-drop rule 13),
 * the mean 12. A nod leaves the ears where they were and a misplaced point moves one part, so
 * neither counts unless every part moved most of the way as well. Only for a steady face: the
 * usual whole-face drop so measured (tried) called a rolled upright slouched at 35°.
 */
export const STEADY_PART_SHARE = 0.8;

/**
 * A steady face whose nose sank by the peer nose-drop rule's own share of the frame's height is a
 * slump when its ear line sank at least `earsShare` of that too. The nose alone is what that rule
 * reads, and on the held-out photos it called no upright slouched; what it cannot tell is a nod,
 * which turns the face about the top of the spine, just under the ears, so the nose drops and the
 * ears stay. A slump carries the ears down with the head: in the masked subject's 16 slumps here
 * her ear line sank 0.65–0.85 as far as her nose (her face tips forward as she sinks), so the
 * mean of the parts (STEADY_PART_SHARE) asks a little more of her than that rule, up to a tenth;
 * a face tipped further forward, more. With this the steady face catches whatever that rule
 * catches on it, but a nod. Over the 82 sets saved here (2026-12-07) it called no further upright
 * slouched and caught 3 more made slumps (4.5 % rather than 5 % added two false alarms).
 */
export const STEADY_NOSE = { ofFrame: 0.05, earsShare: 0.6 } as const;

/**
 * A head this many face widths above where it sat at calibration is not judged (`unknown`, never
 * "upright"). Calibration is made sitting tall, so sitting up cannot take the head much higher:
 * upright photos here rise at most 0.28 face widths above theirs (the 75 % zoom mirrored), 6 of
 * 500 more than 0.1. Higher means the seat or desk was raised, the person is standing, or the model
 * misplaced the head (a face lying on the arms on the desk, one ear read at the frame's top,
 * 0.47–1.17 face widths "higher"): the calibration no longer says what a slump is.
 */
export const MAX_HEAD_RISE = 0.4;

/** The chin sits about this many face widths below the head centre (between the ears). */
export const CHIN_BELOW_HEAD = 0.7;

/**
 * A chin or cheek resting on a hand: the hand holds the head, so the head may sit this much
 * lower before it counts, and nearer where the shoulders are out of view (with them in view its
 * nearness is not counted at all: classifier.ts, handCarriesHead). A slump onto the hands still
 * shows in the neck and shoulders.
 */
export const HAND_SUPPORT = 1.5;

/**
 * A head rolled further than this from its calibrated roll (radians, 10°; upright photos here
 * roll up to 9°) is not level: MoveNet misplaces a rolled face's points, so its signals no longer
 * agree on a slump, nor does it meet the camera as at calibration.
 */
export const AGREEMENT_MAX_ROLL = Math.PI / 18;

/**
 * The sensitivity a frame is judged with: as chosen, but a raised one (above 1) only for a level
 * head (rolled at most AGREEMENT_MAX_ROLL from its calibrated roll). A raised setting asks less of
 * a slump; what a roll does to MoveNet's points (ears placed wider, the neck read shorter) is no
 * smaller for it, so it multiplied those errors: with the head alone tilted +15°, 1 of 20 upright
 * photos here was called slouched at 1×, 15 at 2×. A rolled head is judged at 1× at most; a
 * lowered setting counts everywhere.
 */
export function sensitivityForRoll(chosen: Sensitivity, roll: number): Sensitivity {
  if (Math.abs(roll) <= AGREEMENT_MAX_ROLL) return chosen;
  return {
    headDrop: Math.min(chosen.headDrop, 1),
    forwardHead: Math.min(chosen.forwardHead, 1),
    shoulderTilt: Math.min(chosen.shoulderTilt, 1),
  };
}
