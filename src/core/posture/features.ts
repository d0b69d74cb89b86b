import { keypoint, MIN_KEYPOINT_SCORE, type Keypoint, type KeypointName, type PoseSample } from '../pose/keypoints';

/**
 * Posture features of one frame, each normalised by body or face size so they do not depend on
 * how far the person sits from the camera. A feature is null when the keypoints it needs were not
 * seen with confidence: the classifier then says which signals it had.
 */
export interface PostureFeatures {
  /** Head centre (ear midpoint, else eye midpoint), as a fraction of the frame height. */
  headY: number | null;
  /** The same point across, as a fraction of the frame width. */
  headX: number | null;
  /** Face width in pixels: ear to ear, else eye to eye × EYE_TO_EAR. */
  faceWidth: number | null;
  /** Which measure faceWidth came from, so calibration compares like with like. */
  faceWidthFrom: 'ears' | 'eyes' | null;
  /** Height of the head centre above the shoulder line ÷ shoulder width. */
  neckRatio: number | null;
  /** Shoulder line angle, radians (0 = level). */
  shoulderTilt: number | null;
  /** Both shoulders seen with the usual confidence (not just above a lowered floor). */
  shouldersConfident: boolean;
  /** Eye line angle, radians (0 = level): head roll. */
  headRoll: number | null;
  /** Eyes below the ears ÷ eye distance: grows when the head pitches down (a glance at the keyboard). */
  headPitch: number | null;
  /** Nose height in the frame, as a fraction of the frame height (for the peer baseline). */
  noseY: number | null;
  frameWidth: number;
  frameHeight: number;
}

/** Ear-to-ear distance is about 1.9× the eye-to-eye distance on a frontal face. */
export const EYE_TO_EAR = 1.9;

const mid = (a: Keypoint, b: Keypoint) => ({ x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 });
const dist = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
const angle = (left: Keypoint, right: Keypoint) => Math.atan2(left.y - right.y, left.x - right.x);

/** Per-keypoint confidence floors; by default every point needs MIN_KEYPOINT_SCORE. */
export type ScoreFloors = Partial<Record<KeypointName, number>>;

/** A keypoint if it was seen above its floor, else null. */
export function seenKeypoint(sample: PoseSample, name: KeypointName, floors: ScoreFloors = {}): Keypoint | null {
  return keypoint(sample, name, floors[name] ?? MIN_KEYPOINT_SCORE);
}

export function postureFeatures(sample: PoseSample, floors: ScoreFloors = {}): PostureFeatures {
  const at = (name: KeypointName) => seenKeypoint(sample, name, floors);
  const nose = at('nose');
  const le = at('left_eye');
  const re = at('right_eye');
  const lear = at('left_ear');
  const rear = at('right_ear');
  const ls = at('left_shoulder');
  const rs = at('right_shoulder');
  const H = sample.frameHeight;

  const eyes = le && re ? mid(le, re) : null;
  const ears = lear && rear ? mid(lear, rear) : null;
  const head = ears ?? eyes;
  let faceWidth: number | null = null;
  let faceWidthFrom: PostureFeatures['faceWidthFrom'] = null;
  if (lear && rear) {
    faceWidth = dist(lear, rear);
    faceWidthFrom = 'ears';
  } else if (le && re) {
    faceWidth = dist(le, re) * EYE_TO_EAR;
    faceWidthFrom = 'eyes';
  }
  const shoulders = ls && rs ? { mid: mid(ls, rs), width: dist(ls, rs) } : null;
  return {
    headY: head ? head.y / H : null,
    headX: head ? head.x / sample.frameWidth : null,
    faceWidth,
    faceWidthFrom,
    neckRatio: head && shoulders && shoulders.width > 0 ? (shoulders.mid.y - head.y) / shoulders.width : null,
    shoulderTilt: ls && rs ? angle(ls, rs) : null,
    shouldersConfident: Boolean(ls && rs && ls.score >= MIN_KEYPOINT_SCORE && rs.score >= MIN_KEYPOINT_SCORE),
    headRoll: le && re ? angle(le, re) : null,
    headPitch: eyes && ears && le && re ? (eyes.y - ears.y) / Math.max(1, dist(le, re)) : null,
    noseY: nose ? nose.y / H : null,
    frameWidth: sample.frameWidth,
    frameHeight: H,
  };
}
