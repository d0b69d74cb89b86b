import { headAnchorsOf, type PostureBaseline } from './calibration';
import type { HeadAnchorName, PostureFeatures } from './features';

/** Where the calibrated head sat and how big it was: what a head drop is measured against. */
export interface HeadReference {
  headX: number | null;
  faceWidth: number;
  glanceHeadDrop: number | null;
  /** The calibrated nose height, as a fraction of the frame height. */
  noseY: number | null;
  /** The calibrated height of each anchor (one ear alone is compared with the ear line). */
  anchor(name: HeadAnchorName): number | null;
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

/** How far `now` sits below `then` (both fractions of the frame height), in calibrated face widths. */
export function faceWidthsLower(now: number, then: number, frameHeight: number, reference: HeadReference): number {
  return ((now - then) * frameHeight) / reference.faceWidth;
}

/**
 * How far the whole face sank (face widths): the least of the drops of the ear line, the eye
 * line and the nose, each against its own calibrated height; null unless all three were seen.
 */
export function wholeFaceDrop(features: PostureFeatures, reference: HeadReference): number | null {
  const pairs = [
    [features.anchors.ears, reference.anchor('ears')],
    [features.anchors.eyes, reference.anchor('eyes')],
    [features.noseY, reference.noseY],
  ] as const;
  let least = Infinity;
  for (const [now, then] of pairs) {
    if (now === null || then === null) return null;
    least = Math.min(least, faceWidthsLower(now, then, features.frameHeight, reference));
  }
  return least;
}
