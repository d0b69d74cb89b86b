/**
 * The head drop signal (classifier.ts): how far the head sank since calibration, less what head
 * movement explains, as a fraction of its threshold; and the same from a head placed only
 * faintly or cut off by the frame's bottom edge, where its place alone is what can be judged.
 */
import type { PostureBaseline } from './calibration';
import type { PostureFeatures } from './features';
import {
  facePartDrops,
  faceWidthsLower,
  forgivenRoll,
  headDropFaceWidths,
  headReference,
  tiltSwing,
  type HeadReference,
} from './head-reference';
import { mean } from '../stats';
import { whereUserSits } from './person-lock';
import { steadyFace } from './steady-face';
import {
  CHIN_BELOW_HEAD,
  STEADY_DROP_OF_FRAME,
  STEADY_NOSE,
  STEADY_PART_SHARE,
  THRESHOLDS,
  type Sensitivity,
} from './thresholds';

/** Head drop less the swing of a sideways tilt, as a fraction of its threshold. */
export function headDropSignal(
  drop: number,
  swing: number,
  reference: HeadReference,
  support: number,
  sensitivity: Sensitivity,
  base: number = THRESHOLDS.headDrop,
): number {
  // A learnt glance at the keyboard sets the floor of what counts as a drop for this person.
  const threshold = Math.max(base, 1.25 * (reference.glanceHeadDrop ?? 0)) * support;
  return ((drop - swing) / threshold) * sensitivity.headDrop;
}

/**
 * The head drop as a fraction of its threshold: the head's anchor, or the whole face at its own
 * threshold (`usual`); and for a steady face in the calibrated place, the whole face at the lower
 * steady threshold (`steady`, 0 otherwise), its drop the mean of its parts' (STEADY_PART_SHARE),
 * or the nose at the nose-drop rule's line with the ear line most of the way (STEADY_NOSE).
 * Null when no anchor is shared with the calibration. `roll` forgives a tilt's swing; only a
 * confidently measured roll (`measuredRoll`) makes a face steady.
 *
 * With the ears hidden at calibration and now, the steady face's parts are the eye line and the
 * nose. Nothing then tells a nod from the face sinking (a nod takes the eyes down nearly as far as
 * the nose): such a face is judged as the nose-drop rule judges every face, about as readily,
 * and a learnt glance at the keyboard raises its step as it raises every head drop's.
 */
export function headDrops(
  features: PostureFeatures,
  baseline: PostureBaseline,
  reference: HeadReference,
  roll: number,
  measuredRoll: number | null,
  support: number,
  sensitivity: Sensitivity,
): { usual: number; steady: number } | null {
  const measured = headDropFaceWidths(features, reference);
  if (!measured) return null;
  const anchor = headDropSignal(
    measured.drop,
    tiltSwing(roll, measured.from, reference),
    reference,
    support,
    sensitivity,
  );
  const signal = (drop: number, threshold: number) =>
    headDropSignal(drop, 0, reference, support, sensitivity, threshold);
  const parts = facePartDrops(features, reference, roll);
  const usual = parts ? Math.max(anchor, signal(Math.min(...parts), THRESHOLDS.wholeFaceDrop)) : anchor;
  const steadyParts = steadyFace(features, baseline, measuredRoll)
    ? (parts ?? facePartDrops(features, reference, roll, ['eyes', 'nose']))
    : null;
  if (!steadyParts) return { usual, steady: 0 };
  const steadyThreshold = Math.min(
    THRESHOLDS.steadyFaceDrop,
    (STEADY_DROP_OF_FRAME * features.frameHeight) / reference.faceWidth,
  );
  // Readings of one move: their mean, where each part moved most of the way (STEADY_PART_SHARE).
  const steadyDrop = Math.min(mean(steadyParts), Math.min(...steadyParts) / STEADY_PART_SHARE);
  const steady = signal(steadyDrop, steadyThreshold);
  if (!parts) return { usual, steady };
  // The nose-drop rule's own line, less a nod: the nose sank and the ear line went with it (STEADY_NOSE).
  const [ears, , nose] = parts as [number, number, number];
  const noseStep = (STEADY_NOSE.ofFrame * features.frameHeight) / reference.faceWidth;
  return { usual, steady: Math.max(steady, signal(Math.min(nose, ears / STEADY_NOSE.earsShare), noseStep)) };
}

/** A head centred at `headY` (a fraction of the frame's height) with its chin below the frame. */
function cutOffByBottom(headY: number, features: PostureFeatures, reference: HeadReference): boolean {
  return (1 - headY) * features.frameHeight <= CHIN_BELOW_HEAD * reference.faceWidth;
}

/** How far a faint head may differ in size from the calibrated face and still be the person. */
const FAINT_SCALE = { min: 0.5, max: 2 } as const;

/**
 * The drop of a head that only faint keypoints place (features.faintHeads, the first whose pair
 * calibration placed too), when it is the user's (where they sit, about their size, or any size
 * when cut off by the frame's bottom edge, as in cutOffHeadDrop); null otherwise. Its position
 * only: faint points' spacing is too noisy for sizes.
 */
export function faintHeadDrop(
  features: PostureFeatures,
  baseline: PostureBaseline,
  sensitivity: Sensitivity,
): number | null {
  const reference = headReference(baseline);
  if (!reference || reference.headX === null) return null;
  const head = features.faintHeads.find((h) => reference.anchor(h.from) !== null);
  const then = head ? reference.anchor(head.from) : null;
  if (!head || then === null) return null;
  const scale = head.width / reference.faceWidth;
  const userSize =
    (scale >= FAINT_SCALE.min && scale <= FAINT_SCALE.max) || cutOffByBottom(head.y, features, reference);
  if (!whereUserSits(head.x, reference.headX) || !userSize) return null;
  const drop = faceWidthsLower(head.y, then, features.frameHeight, reference);
  const swing = tiltSwing(forgivenRoll(features, baseline), head.from, reference);
  return headDropSignal(drop, swing, reference, 1, sensitivity);
}

/**
 * The drop of a head cut off by the frame's bottom edge (its chin out of view) where the user
 * sits across; null for any other head. MoveNet then finds a small, faint part of a face that no
 * longer matches the calibrated size, but its place still shows how far it sank.
 */
export function cutOffHeadDrop(
  features: PostureFeatures,
  baseline: PostureBaseline,
  sensitivity: Sensitivity,
): number | null {
  const reference = headReference(baseline);
  const measured = reference && headDropFaceWidths(features, reference);
  if (!reference || !measured || features.headY === null || features.headX === null) return null;
  const across = reference.headX !== null && whereUserSits(features.headX, reference.headX);
  return cutOffByBottom(features.headY, features, reference) && across
    ? headDropSignal(measured.drop, 0, reference, 1, sensitivity)
    : null;
}
