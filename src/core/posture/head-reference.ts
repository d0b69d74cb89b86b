import { median } from '../stats';
import { headAnchorsOf, type PostureBaseline } from './calibration';
import type { HeadAnchorName, PostureFeatures } from './features';
import { AGREEMENT_MAX_ROLL, MAX_HEAD_RISE } from './thresholds';

/** Where the calibrated head sat and how big it was: what a head drop is measured against. */
export interface HeadReference {
  headX: number | null;
  faceWidth: number;
  glanceHeadDrop: number | null;
  /** The calibrated nose height, as a fraction of the frame height. */
  noseY: number | null;
  /** The calibrated height of each anchor (one ear alone is compared with the ear line). */
  anchor(name: HeadAnchorName): number | null;
  /**
   * Where the eyes and nose sat along the ear line (face widths); null when calibration could not
   * measure it (the ears hidden, or a profile from before it was kept).
   */
  across: Record<'eyes' | 'nose', number | null>;
}

export function headReference(baseline: PostureBaseline): HeadReference | null {
  const { headX, faceWidth, glanceHeadDrop, noseY } = baseline;
  if (baseline.headY === null || !faceWidth) return null;
  const anchors = headAnchorsOf(baseline);
  return {
    headX,
    faceWidth,
    glanceHeadDrop,
    noseY,
    anchor: (name) => anchors[name] ?? (name === 'ear' ? anchors.ears : null),
    across: { eyes: baseline.faceAcross?.eyes ?? null, nose: baseline.faceAcross?.nose ?? null },
  };
}

/**
 * The head's drop in calibrated face widths, from the first anchor both this frame and the
 * calibration have (ears, then eyes, then one ear): eyes sit higher than ears and move more
 * when the head pitches, so the two are never compared with each other.
 */
export function headDropFaceWidths(
  features: PostureFeatures,
  reference: HeadReference,
): { drop: number; from: HeadAnchorName } | null {
  for (const from of ['ears', 'eyes', 'ear'] as const) {
    const now = features.anchors[from];
    const then = reference.anchor(from);
    if (now !== null && then !== null)
      return { drop: faceWidthsLower(now, then, features.frameHeight, reference), from };
  }
  return null;
}

/** Whether the head sits more than MAX_HEAD_RISE face widths above its calibrated place. */
export function headFarAbove(features: PostureFeatures, reference: HeadReference): boolean {
  const measured = headDropFaceWidths(features, reference);
  return measured !== null && measured.drop < -MAX_HEAD_RISE;
}

/**
 * Learns a glance at the keyboard as normal: the head's typical drop during the glance (face
 * widths, measured as a slump's is, each anchor against its own calibrated height) raises the
 * head-drop threshold for this person, so looking down is not a slump. (Until 2026-12-02 a
 * glance whose ears were lost compared the eye line with the calibrated ear line, 0.1–0.2 face
 * widths apart on a frontal face.)
 */
export function learnGlance(baseline: PostureBaseline, glance: readonly PostureFeatures[]): PostureBaseline {
  const reference = headReference(baseline);
  if (!reference) return baseline;
  const drops = glance.map((f) => headDropFaceWidths(f, reference)?.drop ?? null);
  const typical = median(drops);
  return { ...baseline, glanceHeadDrop: typical === null ? null : Math.max(0, typical) };
}

/** How far the head is rolled from its calibrated roll (radians; null when the roll cannot be read). */
export function rollFromCalibration(features: PostureFeatures, baseline: PostureBaseline): number | null {
  return features.headRoll === null ? null : features.headRoll - (baseline.headRoll ?? 0);
}

/**
 * The roll whose swing a head drop forgives (radians from the calibrated roll): the confident
 * points' roll, else the faint points' (a head rolled far may show one ear alone and faint eyes),
 * else none. The faint roll is only ever used to forgive, never to read a slump from.
 */
export function forgivenRoll(features: PostureFeatures, baseline: PostureBaseline): number {
  const roll = features.headRoll ?? features.faintRoll;
  return roll === null ? 0 : roll - (baseline.headRoll ?? 0);
}

/** How far `now` sits below `then` (both fractions of the frame height), in calibrated face widths. */
export function faceWidthsLower(now: number, then: number, frameHeight: number, reference: HeadReference): number {
  return ((now - then) * frameHeight) / reference.faceWidth;
}

/**
 * A head rolled sideways swings on the neck, so its centre sinks by (1 − cos roll) × the neck's
 * reach (about one face width) without any slump.
 */
const NECK_REACH_FACE_WIDTHS = 1;

/**
 * The most the eyes or the nose sit off the ears' midpoint on a face that meets the screen: turned
 * 20° (as far as a face counts as frontal), the eyes sit ~0.6 × sin 20° ≈ 0.2 face widths off it
 * (the masked subject's sit 0.21). Where calibration could not measure the offset, a roll's turn of
 * this much is forgiven, either way, as the offset's side is not known.
 */
const UNMEASURED_FACE_OFFSET = 0.2;

/**
 * How far (face widths) a sideways tilt by `roll` (radians, from the calibrated roll) lowers a
 * part of the face without any slump: the head's centre swings down on the neck; one ear alone
 * also rises or falls by half the ear span; and the eyes and nose, off the ear midpoint by as much
 * as the face was turned at calibration, turn with the head about it (up for a roll one way, down
 * the other). On the photos here rolled ±15–35° by make:head-tilts, that turn halves how far
 * MoveNet's eye line strays from where the ears say the head is, for the subject whose face is
 * turned a fifth of a face from the ears' midpoint, and leaves the other (near-frontal) as it was.
 */
export function tiltSwing(roll: number, part: HeadAnchorName | 'nose', reference: HeadReference): number {
  const tilt = Math.min(Math.abs(roll), Math.PI / 2);
  const neck = NECK_REACH_FACE_WIDTHS * (1 - Math.cos(tilt));
  if (part === 'ear') return neck + Math.sin(tilt) / 2;
  if (part === 'ears') return neck;
  const offset = reference.across[part];
  if (offset !== null) return neck + offset * Math.sin(roll);
  // Only forgiving, and only beyond the roll a level face reads: MoveNet reads a few degrees on
  // level faces, and forgiving those would hide slumps whatever the head does.
  const beyondLevel = Math.max(0, Math.abs(Math.sin(roll)) - Math.sin(AGREEMENT_MAX_ROLL));
  return neck + UNMEASURED_FACE_OFFSET * beyondLevel;
}

/** The parts of a face whose drops are compared: the ear line, the eye line and the nose. */
export type FacePart = 'ears' | 'eyes' | 'nose';

/**
 * How far each of `parts` of the face sank (face widths; by default the ear line, the eye line
 * and the nose), each against its own calibrated height, the swing of a sideways tilt taken off
 * each; null unless all of them were seen.
 */
export function facePartDrops(
  features: PostureFeatures,
  reference: HeadReference,
  roll: number,
  parts: readonly FacePart[] = ['ears', 'eyes', 'nose'],
): number[] | null {
  const heights = (part: FacePart): [number | null, number | null] =>
    part === 'nose' ? [features.noseY, reference.noseY] : [features.anchors[part], reference.anchor(part)];
  const drops: number[] = [];
  for (const part of parts) {
    const [now, then] = heights(part);
    if (now === null || then === null) return null;
    drops.push(faceWidthsLower(now, then, features.frameHeight, reference) - tiltSwing(roll, part, reference));
  }
  return drops;
}

/** How far the whole face sank (face widths): the least of its parts' drops (facePartDrops). */
export function wholeFaceDrop(features: PostureFeatures, reference: HeadReference, roll: number): number | null {
  const drops = facePartDrops(features, reference, roll);
  return drops && Math.min(...drops);
}
