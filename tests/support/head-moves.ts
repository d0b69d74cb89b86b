import type { KeypointName, PoseSample } from '../../src/core/pose/keypoints';

/**
 * Moves a synthetic head (seatedPose) as it moves on a real neck, about a pivot low in the neck,
 * leaving the body where it was.
 */
export const HEAD: KeypointName[] = ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear'];
const NECK_PIVOT = { x: 160, y: 125 };
/** seatedPose's ear-to-ear span, in pixels. */
const FACE_WIDTH = 44;
const deg = (d: number) => (d * Math.PI) / 180;

export function mapHead(
  sample: PoseSample,
  f: (x: number, y: number, name: KeypointName) => [number, number],
): PoseSample {
  return {
    ...sample,
    keypoints: sample.keypoints.map((k) => {
      if (!HEAD.includes(k.name)) return k;
      const [x, y] = f(k.x, k.y, k.name);
      return { ...k, x, y };
    }),
  };
}

/** Rolls the head sideways by `degrees` about the neck pivot. */
export const roll = (sample: PoseSample, degrees: number) =>
  mapHead(sample, (x, y) => {
    const [dx, dy] = [x - NECK_PIVOT.x, y - NECK_PIVOT.y];
    const [c, s] = [Math.cos(deg(degrees)), Math.sin(deg(degrees))];
    return [NECK_PIVOT.x + dx * c - dy * s, NECK_PIVOT.y + dx * s + dy * c];
  });

/** Tips the head back: the face turns up about the ear line, so the nose and eyes rise. */
export const tipBack = (sample: PoseSample, degrees: number) =>
  mapHead(sample, (x, y, name) => (name.endsWith('ear') ? [x, y] : [x, y - Math.sin(deg(degrees)) * (y - 56 + 20)]));

/** Turns the face to one side: points swing round a vertical axis through the head (nose 31 px in front). */
export const turn = (sample: PoseSample, degrees: number) =>
  mapHead(sample, (x, y, name) => {
    const depth = name === 'nose' ? 31 : name.endsWith('eye') ? 24 : 0;
    return [160 + (x - 160) * Math.cos(deg(degrees)) + depth * Math.sin(deg(degrees)), y];
  });

/** The whole head lower by `faceWidths`, the body where it was. */
export const lower = (sample: PoseSample, faceWidths: number) =>
  mapHead(sample, (x, y) => [x, y + faceWidths * FACE_WIDTH]);

/** A wrist at the chin: the head rests on a hand. */
export const onHand = (sample: PoseSample): PoseSample => ({
  ...sample,
  keypoints: sample.keypoints.map((k) => (k.name === 'right_wrist' ? { ...k, x: 165, y: 125, score: 0.7 } : k)),
});
