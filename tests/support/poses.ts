import { KEYPOINT_NAMES, type Keypoint, type KeypointName, type PoseSample } from '../../src/core/pose/keypoints';

/** A seated person facing a 320×240 webcam; `shift` moves everyone, `hidden` drops points. */
export function seatedPose(
  options: { shift?: number; drop?: number; hidden?: KeypointName[]; score?: number } = {},
): PoseSample {
  const { shift = 0, drop = 0, hidden = [], score = 0.8 } = options;
  const at: Partial<Record<KeypointName, [number, number]>> = {
    nose: [160, 80 + drop],
    left_eye: [170, 70 + drop],
    right_eye: [150, 70 + drop],
    left_ear: [182, 76 + drop],
    right_ear: [138, 76 + drop],
    left_shoulder: [210, 150],
    right_shoulder: [110, 150],
  };
  const keypoints: Keypoint[] = KEYPOINT_NAMES.map((name) => {
    const p = at[name];
    return p && !hidden.includes(name) ? { name, x: p[0] + shift, y: p[1], score } : { name, x: 0, y: 0, score: 0.02 };
  });
  return {
    keypoints,
    score,
    frameWidth: 320,
    frameHeight: 240,
    luminance: 100,
    capturedAt: 0,
    timings: { copyMs: 1, inferenceMs: 20, frameToKeypointsMs: 22 },
    backend: 'wasm',
    reused: false,
  };
}

/** Scales the head about its centre: the face nearer the camera (factor > 1) or further away. */
export function closer(sample: PoseSample, factor: number): PoseSample {
  const head = ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear'];
  return {
    ...sample,
    keypoints: sample.keypoints.map((k) =>
      head.includes(k.name) ? { ...k, x: 160 + (k.x - 160) * factor, y: 76 + (k.y - 76) * factor } : k,
    ),
  };
}
