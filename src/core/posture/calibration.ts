import {
  confidence,
  KEYPOINT_NAMES,
  keypointScore,
  MIN_KEYPOINT_SCORE,
  type KeypointName,
  type PoseSample,
} from '../pose/keypoints';
import { typicalScene, type SceneFingerprint } from '../pose/scene';
import { centralMean, median, quantile } from '../stats';
import { CHIN_BELOW_HEAD, THRESHOLDS } from './thresholds';
import { usualFrameSize } from './frame-size';
import {
  faceToShoulders,
  postureFeatures,
  shoulderInView,
  type FaceAcross,
  type HeadAnchorName,
  type HeadAnchors,
  type PostureFeatures,
  type ScoreFloors,
} from './features';

/**
 * What calibration learns, numbered: raised whenever it learns something new, so a profile made
 * before can be suggested for calibrating again. 1: profiles before 2026-12-02 (no fingerprint of
 * the place, and the oldest also no head anchors, shoulder line or face against the shoulders);
 * 2: all of these; 3: also where the eyes and nose sit along the ear line (2026-12-02, so a
 * rolled head is judged right for a face that is a little turned); 4: also where the nose sits
 * along the eye line (2026-12-07, so a face calibrated with its ears hidden can be steady).
 */
export const CALIBRATION_VERSION = 4;

/**
 * Whether a profile made by calibration `version` lacks something today's classifier would use
 * for it: what version 4 added is used only for a face calibrated with its ears hidden, so a
 * version-3 profile sized from the ears misses nothing, and is not suggested for calibrating again.
 */
export function learntLessThanToday(version: number, baseline: Pick<PostureBaseline, 'faceWidthFrom'>): boolean {
  if (version >= CALIBRATION_VERSION) return false;
  return version < 3 || baseline.faceWidthFrom !== 'ears';
}

/** The features a baseline keeps: the central mean (stats.ts) of each over the calibration frames. */
type BaselineFeatures = Pick<
  PostureFeatures,
  'headY' | 'headX' | 'faceWidth' | 'faceWidthFrom' | 'neckRatio' | 'shoulderTilt' | 'headRoll' | 'headPitch' | 'noseY'
>;

/** A person's upright reference, learnt from a few seconds of sitting tall (central means: stray frames cannot move them). */
export interface PostureBaseline extends BaselineFeatures {
  /** Where each head anchor sat (null for profiles saved before anchors were kept: see headAnchorsOf). */
  anchors: HeadAnchors | null;
  /** Where the eyes and nose sat along the ear line (null for older profiles: not known, see tiltSwing). */
  faceAcross: FaceAcross | null;
  /** Where the nose sat along the eye line, in eye spans (null for older profiles: see steady-face.ts). */
  noseAlongEyes: number | null;
  /** The anchor most calibration frames had, which neckRatio was measured from. */
  headFrom: HeadAnchorName | null;
  /** Height of the shoulder line (confident shoulders in most frames), as a fraction of the frame height. */
  shoulderY: number | null;
  /** Face width ÷ shoulder width (confident shoulders in most frames; null for older profiles). */
  faceToShoulders: number | null;
  /** What the camera saw around the person (null when the frames had no fingerprint). */
  scene: SceneFingerprint | null;
  /**
   * Looks of the same place kept from earlier calibrations made from the same seat, newest first
   * (place-looks.ts): the room by day when this calibration saw it at night.
   */
  earlierLooks: SceneFingerprint[];
  /** The frames' size in pixels, which the fractions above and faceWidth relate (null for older profiles). */
  frameSize: { width: number; height: number } | null;
  /** Ear-to-ear width over frame width and shoulder-line-to-nose height, for the peer baselines. */
  earSpanRatio: number | null;
  noseAboveShoulders: number | null;
  /** How far (face widths) the head centre sank while the person glanced at the keyboard. */
  glanceHeadDrop: number | null;
  /** The frames' mean luma, 0–255: the light calibrated in (light.ts; null for older profiles). */
  luminance: number | null;
  frames: number;
}

/**
 * Confidence floors learnt from calibration: a camera in a dim room gives every keypoint lower
 * scores, so "seen" is judged against what this camera gives for this person (half the calibrated
 * median score), between 0.15 and the usual 0.3.
 */
export function scoreFloors(samples: readonly PoseSample[]): ScoreFloors {
  const floors: ScoreFloors = {};
  for (const name of KEYPOINT_NAMES) {
    const typical = median(
      samples.map((s) => {
        const kp = s.keypoints.find((k) => k.name === name);
        return kp ? confidence(kp) : null;
      }),
    );
    floors[name] = typical === null ? MIN_KEYPOINT_SCORE : Math.min(MIN_KEYPOINT_SCORE, Math.max(0.15, typical / 2));
  }
  return floors;
}

export interface CalibrationFrame {
  features: PostureFeatures;
  /** Peer-baseline measures that need raw keypoints (computed by the caller). */
  earSpanRatio: number | null;
  noseAboveShoulders: number | null;
  /** The frame's mean luma, 0–255 (absent for frames made without a camera picture). */
  luminance?: number;
}

/** The calibrated anchors; an older profile kept only headY, from its dominant anchor. */
export function headAnchorsOf(baseline: PostureBaseline): HeadAnchors {
  if (baseline.anchors) return baseline.anchors;
  const from = baseline.headFrom ?? baseline.faceWidthFrom;
  return {
    ears: from === 'ears' ? baseline.headY : null,
    eyes: from === 'eyes' ? baseline.headY : null,
    ear: null,
  };
}

/** The central mean only when at least half the frames had the value: a reference must be typical. */
function typical(values: readonly (number | null)[]): number | null {
  const seen = values.filter((v): v is number => v !== null);
  return seen.length * 2 >= values.length ? centralMean(seen) : null;
}

export function calibrate(allFrames: CalibrationFrame[]): PostureBaseline {
  // Pixel sizes (the face's width) are kept for frames of one size: a stray frame at another
  // (the camera's first, in another mode) would mix two scales into the means.
  const size = usualFrameSize(allFrames.map(({ features: f }) => ({ width: f.frameWidth, height: f.frameHeight })));
  const frames = allFrames.filter(
    (x) => x.features.frameWidth === size?.width && x.features.frameHeight === size.height,
  );
  const f = frames.map((x) => x.features);
  const ears = f.filter((x) => x.faceWidthFrom === 'ears');
  // Prefer ear-based face width when most frames had both ears; otherwise use the eye-based one.
  const useEars = ears.length * 2 >= f.length && ears.length > 0;
  const faceWidthFrom = f.length === 0 ? null : useEars ? 'ears' : 'eyes';
  const froms = f.map((x) => x.headFrom);
  const headFrom = (['ears', 'eyes', 'ear'] as const).reduce<HeadAnchorName | null>(
    (best, a) => (froms.filter((x) => x === a).length > froms.filter((x) => x === best).length ? a : best),
    null,
  );
  return {
    headY: centralMean(f.map((x) => x.headY)),
    anchors: {
      ears: centralMean(f.map((x) => x.anchors.ears)),
      eyes: centralMean(f.map((x) => x.anchors.eyes)),
      ear: centralMean(f.map((x) => x.anchors.ear)),
    },
    faceAcross: {
      eyes: centralMean(f.map((x) => x.faceAcross?.eyes ?? null)),
      nose: centralMean(f.map((x) => x.faceAcross?.nose ?? null)),
    },
    noseAlongEyes: centralMean(f.map((x) => x.noseAlongEyes)),
    headFrom,
    shoulderY: typical(f.map((x) => x.shoulderY)),
    faceToShoulders: typical(f.map((x) => (x.faceWidthFrom === faceWidthFrom ? faceToShoulders(x) : null))),
    headX: centralMean(f.map((x) => x.headX)),
    faceWidth: centralMean((useEars ? ears : f.filter((x) => x.faceWidthFrom === 'eyes')).map((x) => x.faceWidth)),
    faceWidthFrom,
    neckRatio: centralMean(f.filter((x) => x.headFrom === headFrom).map((x) => x.neckRatio)),
    shoulderTilt: centralMean(f.map((x) => x.shoulderTilt)),
    headRoll: centralMean(f.map((x) => x.headRoll)),
    headPitch: centralMean(f.map((x) => x.headPitch)),
    noseY: centralMean(f.map((x) => x.noseY)),
    earSpanRatio: centralMean(frames.map((x) => x.earSpanRatio)),
    noseAboveShoulders: centralMean(frames.map((x) => x.noseAboveShoulders)),
    glanceHeadDrop: null,
    luminance: centralMean(frames.map((x) => x.luminance ?? null)),
    scene: typicalScene(f.map((x) => x.scene)),
    earlierLooks: [],
    frameSize: size,
    frames: frames.length,
  };
}

/** What would make a calibration more reliable; every field false for a good one. */
export interface CalibrationAdvice {
  /** The face was seen only faintly (low light, a mask, hair or glare): detection will be shaky. */
  faceUnclear: boolean;
  /** The shoulders were mostly out of view: the neck and shoulder signals cannot help. */
  shouldersHidden: boolean;
  /**
   * The head sat so low in the picture that sinking a slump's worth (THRESHOLDS.headDrop) takes
   * the chin out of view: a slump then shows only as a face cut off by the frame's edge, which
   * the model places worst (on the photos here cropped that way, it put a masked face's points
   * on the bottom edge, scoring 0.2–0.4, and read her slumps as barely moving).
   */
  headLow: boolean;
  /** The head moved a slouch's worth during calibration: the reference may be off. */
  moved: boolean;
  /**
   * A hand was at the face in most frames: a head resting on a hand sits lower and nearer than
   * it does on its own, and the classifier forgives more while a hand holds it, so that is not a
   * reference for sitting tall.
   */
  handAtFace: boolean;
  /**
   * The ears were hidden (hair, a headset, a hood) in most frames where the head was seen: the
   * head is then placed and sized from the eyes alone, which cannot tell a nod from the face
   * sinking, so a learnt glance at the keyboard matters more (docs/evaluation/ears-hidden.md).
   */
  earsHidden: boolean;
}

const HEAD_POINTS: readonly KeypointName[] = ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear'];

/** Judges calibration frames as the classifier will use them, so the wizard can say what to fix. */
export function calibrationAdvice(samples: readonly PoseSample[]): CalibrationAdvice {
  const headScores = samples.map((s) => HEAD_POINTS.reduce((t, n) => t + keypointScore(s, n), 0) / HEAD_POINTS.length);
  const withShoulders = samples.filter(
    (s) => shoulderInView(s, 'left_shoulder') !== null && shoulderInView(s, 'right_shoulder') !== null,
  ).length;
  const floors = scoreFloors(samples);
  const features = samples.map((s) => postureFeatures(s, floors));
  const faceWidth = median(features.map((f) => f.faceWidth));
  const seen = features.filter((f) => f.headY !== null);
  const heads = seen.map((f) => f.headY! * f.frameHeight);
  const spread = heads.length > 1 && faceWidth ? (quantile(heads, 0.9)! - quantile(heads, 0.1)!) / faceWidth : 0;
  const roomBelowHead = faceWidth ? median(seen.map((f) => ((1 - f.headY!) * f.frameHeight) / faceWidth)) : null;
  return {
    faceUnclear: samples.length > 0 && (median(headScores) ?? 0) < MIN_KEYPOINT_SCORE,
    shouldersHidden: withShoulders * 2 < samples.length,
    headLow: roomBelowHead !== null && roomBelowHead < CHIN_BELOW_HEAD + THRESHOLDS.headDrop,
    moved: spread > THRESHOLDS.headDrop,
    handAtFace: features.filter((f) => f.handAtFace).length * 2 > features.length,
    earsHidden: seen.length > 0 && seen.filter((f) => f.faceWidthFrom !== 'ears').length * 2 > seen.length,
  };
}
