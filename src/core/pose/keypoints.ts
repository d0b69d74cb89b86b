import type { SceneFingerprint } from './scene';

/** MoveNet's 17 COCO keypoints, in the model's order. */
export const KEYPOINT_NAMES = [
  'nose',
  'left_eye',
  'right_eye',
  'left_ear',
  'right_ear',
  'left_shoulder',
  'right_shoulder',
  'left_elbow',
  'right_elbow',
  'left_wrist',
  'right_wrist',
  'left_hip',
  'right_hip',
  'left_knee',
  'right_knee',
  'left_ankle',
  'right_ankle',
] as const;
export type KeypointName = (typeof KEYPOINT_NAMES)[number];

/** A keypoint in pixels of the analysed frame; score is the model's confidence 0–1. */
export interface Keypoint {
  name: KeypointName;
  x: number;
  y: number;
  score: number;
}

export interface PoseTimings {
  /** Pixels out of the camera frame into our buffer. */
  copyMs: number;
  /** Model and pose post-processing inside the worker. */
  inferenceMs: number;
  /** From the frame being read in the worker to keypoints arriving back in the page. */
  frameToKeypointsMs: number;
}

/** One analysed frame: keypoints only (never pixels), with what the sampler and UI need. */
export interface PoseSample {
  keypoints: Keypoint[];
  /** Overall pose confidence (0 when nobody was found). */
  score: number;
  frameWidth: number;
  frameHeight: number;
  /** Mean luma 0–255 of a downscaled frame. */
  luminance: number;
  /** When the frame was taken from the camera (epoch ms). */
  capturedAt: number;
  timings: PoseTimings;
  backend: string;
  /** The picture had not changed, so the previous keypoints were reused without running the model. */
  reused: boolean;
  /** What the camera sees around the person (see scene.ts); absent for samples made without a frame. */
  scene?: SceneFingerprint | null;
}

/** What posture is measured from: the points, the frame they are placed in and what is around them. */
export type PosePoints = Pick<PoseSample, 'keypoints' | 'frameWidth' | 'frameHeight' | 'scene'>;

/** Below this confidence a keypoint is treated as not seen. */
export const MIN_KEYPOINT_SCORE = 0.3;

/**
 * A point's confidence, 0 where the model gave no numbers it could stand by: a backend fault can
 * return NaN, which must read as unseen, never as a place (a NaN signal once hid the others and
 * let a slouched frame pass as upright).
 */
export const confidence = (kp: Keypoint): number =>
  Number.isFinite(kp.x) && Number.isFinite(kp.y) && Number.isFinite(kp.score) ? kp.score : 0;

/** The model's confidence in a named point (0 when absent or not a number). */
export function keypointScore(sample: Pick<PoseSample, 'keypoints'>, name: KeypointName): number {
  const kp = sample.keypoints.find((k) => k.name === name);
  return kp ? confidence(kp) : 0;
}

export function keypoint(
  sample: Pick<PoseSample, 'keypoints'>,
  name: KeypointName,
  minScore = MIN_KEYPOINT_SCORE,
): Keypoint | null {
  const kp = sample.keypoints.find((k) => k.name === name);
  return kp && confidence(kp) >= minScore ? kp : null;
}
