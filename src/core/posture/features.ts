import { keypoint, MIN_KEYPOINT_SCORE, type Keypoint, type KeypointName, type PosePoints } from '../pose/keypoints';
import type { SceneFingerprint } from '../pose/scene';
import { EYE_TO_EAR } from './face-span';
import { handAtFace } from './hand-at-face';

/**
 * Posture features of one frame, each normalised by body or face size so they do not depend on
 * how far the person sits from the camera. A feature is null when the keypoints it needs were not
 * seen with confidence: the classifier then says which signals it had.
 */
export interface PostureFeatures {
  /** Head centre (ear midpoint, else eye midpoint, else the one ear seen), as a fraction of the frame height. */
  headY: number | null;
  /** The same point across, as a fraction of the frame width. */
  headX: number | null;
  /**
   * Each way of placing the head that this frame allows, as fractions of the frame height: the
   * ear midpoint, the eye midpoint, and one ear alone (a turned head or a hand hides the other).
   * A drop is measured against the same anchor in the calibration, never ears against eyes.
   */
  anchors: HeadAnchors;
  /** Which anchor headY and neckRatio come from. */
  headFrom: HeadAnchorName | null;
  /**
   * Face width in pixels: ear to ear (corrected for a turned head, which narrows the ears without
   * any change in distance), else eye to eye × EYE_TO_EAR.
   */
  faceWidth: number | null;
  /** Which measure faceWidth came from, so calibration compares like with like. */
  faceWidthFrom: 'ears' | 'eyes' | null;
  /** Height of the head centre above the shoulder line ÷ shoulder width. */
  neckRatio: number | null;
  /** Shoulder width in pixels (shoulders in view). */
  shoulderWidth: number | null;
  /** Shoulder line angle, radians (0 = level). */
  shoulderTilt: number | null;
  /** Height of the shoulder line, as a fraction of the frame height (only from confident shoulders). */
  shoulderY: number | null;
  /** Both shoulders seen with the usual confidence (not just above a lowered floor). */
  shouldersConfident: boolean;
  /** Eye line angle, else the ear line's (parallel on a frontal face), radians (0 = level): head roll. */
  headRoll: number | null;
  /**
   * When the confident points give no roll (a head rolled far hides one ear and leaves the eyes
   * faint), the same angle from faint points (FAINT_KEYPOINT_SCORE) where their eye line and ear
   * line agree; null beyond 45°, where faint points no longer form a face. Too noisy to call a
   * slump on: it only ever forgives a tilt's swing.
   */
  faintRoll: number | null;
  /** Eyes below the ears ÷ eye distance: grows when the head pitches down (a glance at the keyboard). */
  headPitch: number | null;
  /**
   * How far the head is turned left or right, radians (0 = facing the camera), from where the
   * nose sits between the ears (else the eyes).
   */
  headTurn: number | null;
  /** Nose height in the frame, as a fraction of the frame height (for the peer baseline). */
  noseY: number | null;
  /**
   * Where the eye midpoint and the nose sit along the ear line from the ear midpoint (face
   * widths), when both ears are seen: a face turned a little puts them off the head's centre, so
   * rolling the head also raises or lowers them (head-reference.ts, tiltSwing).
   */
  faceAcross: FaceAcross | null;
  /**
   * Where the nose sits along the eye line from the eyes' midpoint, in eye spans (both eyes and
   * the nose seen): how far the face is turned when the ears are hidden (steady-face.ts).
   */
  noseAlongEyes: number | null;
  /**
   * The heads faint keypoints still form, when the confident ones form none (a head turned down
   * to the desk, a masked face, a dim room): from the ears, then from the eyes, each where that
   * pair and the nose form a face. Both, as a calibration made with the ears hidden (hair) has
   * only the eye line to compare with. Positions only: faint points place a head well enough to
   * see it sink, but their spacing is too noisy for sizes or angles.
   */
  faintHeads: FaintHead[];
  /**
   * A wrist is seen at the face: a chin or cheek resting on a hand. The hand holds the head where
   * it is, so a moderate drop or lean of the head is explained by the hand, not by the spine.
   */
  handAtFace: boolean;
  /**
   * What the camera saw around the person in this frame (scene.ts), null when unknown: whether
   * the calibration still describes this place.
   */
  scene: SceneFingerprint | null;
  frameWidth: number;
  frameHeight: number;
}

export type HeadAnchorName = 'ears' | 'eyes' | 'ear';
export type HeadAnchors = Record<HeadAnchorName, number | null>;
export type FaceAcross = Record<'eyes' | 'nose', number | null>;

export interface FaintHead {
  /** Head centre, as fractions of the frame height and width. */
  y: number;
  x: number;
  /** Face width in pixels, from the same pair of points, as for faceWidth. */
  width: number;
  from: 'ears' | 'eyes';
}

/** The lowest score a keypoint may have to place a faint head (MoveNet's noise floor is ~0.02). */
export const FAINT_KEYPOINT_SCORE = 0.05;

/** The nose tip sits ~10 cm in front of the ear axis, against ~7.5 cm from ear to head centre. */
export const NOSE_DEPTH = 1.4;
/** ...and ~2 cm in front of the eyes, against ~3 cm from one eye to their midpoint. */
export const NOSE_DEPTH_FROM_EYES = 0.7;
/** Beyond this turn one ear is behind the head and the correction would only amplify noise. */
const MAX_TURN = (60 * Math.PI) / 180;

/**
 * Head turn from where the nose sits between a pair of points (the ears, else the eyes): seen
 * from the front, a turn of ψ narrows the pair by cos ψ and moves the nose off their midpoint by
 * depth × half-span × sin ψ. Measured along the pair's line, so a sideways tilt is not a turn.
 */
function headTurn(nose: Keypoint, left: Keypoint, right: Keypoint, depth: number): number | null {
  const span = dist(left, right);
  if (span <= 0) return null;
  return Math.min(MAX_TURN, Math.atan(Math.abs(alongLine(nose, left, right)) / ((depth * span) / 2)));
}

const mid = (a: Keypoint, b: Keypoint) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
const angle = (left: Keypoint, right: Keypoint) => Math.atan2(left.y - right.y, left.x - right.x);

/** How far (pixels) `point` sits from the midpoint of a pair, along their line (right towards left). */
function alongLine(point: { x: number; y: number }, left: Keypoint, right: Keypoint): number {
  const centre = mid(left, right);
  return ((point.x - centre.x) * (left.x - right.x) + (point.y - centre.y) * (left.y - right.y)) / dist(left, right);
}

/** The same along the ear line, in face widths (null without the point). */
function alongEarLine(point: { x: number; y: number } | null, left: Keypoint, right: Keypoint, faceWidth: number) {
  return point ? alongLine(point, left, right) / faceWidth : null;
}

/** Per-keypoint confidence floors; by default every point needs MIN_KEYPOINT_SCORE. */
export type ScoreFloors = Partial<Record<KeypointName, number>>;

/** A keypoint if it was seen above its floor, else null. */
export function seenKeypoint(sample: PosePoints, name: KeypointName, floors: ScoreFloors = {}): Keypoint | null {
  return keypoint(sample, name, floors[name] ?? MIN_KEYPOINT_SCORE);
}

/**
 * Shoulders below the frame are still given a place by the model — at the bottom edge or past
 * it, sometimes with a fair score. A shoulder there is a guess at something unseen, not a
 * measurement: it counts only above this last slice of the frame.
 */
export const BOTTOM_EDGE = 0.03;

export function shoulderInView(
  sample: PosePoints,
  name: 'left_shoulder' | 'right_shoulder',
  floors: ScoreFloors = {},
): Keypoint | null {
  const seen = seenKeypoint(sample, name, floors);
  return seen && seen.y < (1 - BOTTOM_EDGE) * sample.frameHeight ? seen : null;
}

/**
 * A head from faint points, only when they are arranged like a face: a nose, the pair (ears or
 * eyes) no steeper than 45°, the nose between the pair and not far above or below its line.
 * Scattered noise rarely passes all of these.
 */
function faintHeadFrom(sample: PosePoints, from: FaintHead['from']): FaintHead | null {
  const at = (name: KeypointName) => keypoint(sample, name, FAINT_KEYPOINT_SCORE);
  const nose = at('nose');
  const [a, b] = from === 'ears' ? [at('left_ear'), at('right_ear')] : [at('left_eye'), at('right_eye')];
  if (!nose || !a || !b) return null;
  const span = dist(a, b);
  const centre = mid(a, b);
  const level = Math.abs(a.y - b.y) <= Math.abs(a.x - b.x);
  const noseBetween = nose.x >= Math.min(a.x, b.x) - span / 4 && nose.x <= Math.max(a.x, b.x) + span / 4;
  const noseNearLine = nose.y >= centre.y - span / 2 && nose.y <= centre.y + span;
  if (span <= 0 || !level || !noseBetween || !noseNearLine) return null;
  return {
    y: centre.y / sample.frameHeight,
    x: centre.x / sample.frameWidth,
    width: from === 'ears' ? span : span * EYE_TO_EAR,
    from,
  };
}

function faintHeads(sample: PosePoints): FaintHead[] {
  return (['ears', 'eyes'] as const).flatMap((from) => faintHeadFrom(sample, from) ?? []);
}

/** How far (radians, 15°) the faint eye line and ear line may disagree and still give a roll. */
const FAINT_ROLL_AGREEMENT = Math.PI / 12;

/**
 * The faint points' roll, for a frame whose confident points give none: only when the faint eye
 * line and ear line agree (one faint pair's angle alone can be noise: an untilted slump's once
 * read 37°), and then the lesser of the two, so that no more is forgiven than both show.
 */
function faintRoll(sample: PosePoints): number | null {
  const at = (name: KeypointName) => keypoint(sample, name, FAINT_KEYPOINT_SCORE);
  const [le, re, lear, rear] = [at('left_eye'), at('right_eye'), at('left_ear'), at('right_ear')];
  if (!le || !re || !lear || !rear) return null;
  const [eyeLine, earLine] = [angle(le, re), angle(lear, rear)];
  const roll = Math.abs(eyeLine) < Math.abs(earLine) ? eyeLine : earLine;
  const agree = Math.abs(eyeLine - earLine) <= FAINT_ROLL_AGREEMENT;
  return agree && Math.abs(roll) <= Math.PI / 4 ? roll : null;
}

/**
 * Face width ÷ shoulder width, from confidently seen shoulders: a head pushed forward of the
 * shoulders comes nearer the camera than they do, so its face grows against them (a whole trunk
 * leaning in grows both alike).
 */
export function faceToShoulders(features: PostureFeatures): number | null {
  const { faceWidth, shoulderWidth, shouldersConfident } = features;
  return faceWidth && shoulderWidth && shouldersConfident ? faceWidth / shoulderWidth : null;
}

export function postureFeatures(sample: PosePoints, floors: ScoreFloors = {}): PostureFeatures {
  const at = (name: KeypointName) => seenKeypoint(sample, name, floors);
  const nose = at('nose');
  const le = at('left_eye');
  const re = at('right_eye');
  const lear = at('left_ear');
  const rear = at('right_ear');
  const ls = shoulderInView(sample, 'left_shoulder', floors);
  const rs = shoulderInView(sample, 'right_shoulder', floors);
  const H = sample.frameHeight;

  const eyes = le && re ? mid(le, re) : null;
  const ears = lear && rear ? mid(lear, rear) : null;
  const pair = ears ?? eyes;
  const oneEar = lear && rear ? null : (lear ?? rear);
  const head = pair ?? oneEar;
  let faceWidth: number | null = null;
  let faceWidthFrom: PostureFeatures['faceWidthFrom'] = null;
  // Hair over the ears leaves the eyes to size the face, and a turn narrows them just the same.
  const turn = !nose
    ? null
    : lear && rear
      ? headTurn(nose, lear, rear, NOSE_DEPTH)
      : le && re
        ? headTurn(nose, le, re, NOSE_DEPTH_FROM_EYES)
        : null;
  if (lear && rear) {
    faceWidth = dist(lear, rear) / Math.cos(turn ?? 0);
    faceWidthFrom = 'ears';
  } else if (le && re) {
    faceWidth = (dist(le, re) * EYE_TO_EAR) / Math.cos(turn ?? 0);
    faceWidthFrom = 'eyes';
  }
  const headRoll = le && re ? angle(le, re) : lear && rear ? angle(lear, rear) : null;
  const shoulders = ls && rs ? { mid: mid(ls, rs), width: dist(ls, rs) } : null;
  const shouldersConfident = Boolean(ls && rs && ls.score >= MIN_KEYPOINT_SCORE && rs.score >= MIN_KEYPOINT_SCORE);
  return {
    headY: head ? head.y / H : null,
    headX: head ? head.x / sample.frameWidth : null,
    anchors: { ears: ears ? ears.y / H : null, eyes: eyes ? eyes.y / H : null, ear: oneEar ? oneEar.y / H : null },
    faceWidth,
    faceWidthFrom,
    headFrom: ears ? 'ears' : eyes ? 'eyes' : oneEar ? 'ear' : null,
    neckRatio: pair && shoulders && shoulders.width > 0 ? (shoulders.mid.y - pair.y) / shoulders.width : null,
    shoulderWidth: shoulders ? shoulders.width : null,
    shoulderTilt: ls && rs ? angle(ls, rs) : null,
    shoulderY: shoulders && shouldersConfident ? shoulders.mid.y / H : null,
    shouldersConfident,
    headRoll,
    faintRoll: headRoll === null ? faintRoll(sample) : null,
    headPitch: eyes && ears && le && re ? (eyes.y - ears.y) / Math.max(1, dist(le, re)) : null,
    headTurn: turn,
    noseY: nose ? nose.y / H : null,
    faceAcross:
      lear && rear && faceWidthFrom === 'ears' && faceWidth
        ? { eyes: alongEarLine(eyes, lear, rear, faceWidth), nose: alongEarLine(nose, lear, rear, faceWidth) }
        : null,
    noseAlongEyes: nose && le && re && dist(le, re) > 0 ? alongLine(nose, le, re) / dist(le, re) : null,
    faintHeads: head ? [] : faintHeads(sample),
    handAtFace: handAtFace(sample, head, faceWidth, faceWidthFrom),
    scene: sample.scene ?? null,
    frameWidth: sample.frameWidth,
    frameHeight: H,
  };
}
