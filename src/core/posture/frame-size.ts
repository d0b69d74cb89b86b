import type { PosePoints } from '../pose/keypoints';

export interface FrameSize {
  width: number;
  height: number;
}

/**
 * Frames whose width ÷ height differ by less than this share are one view at two sizes. A
 * camera's frames of another shape are a crop of its picture (Chromium's fake camera hands out a
 * 4:3 crop of a 16:9 picture as its very first frame), so positions in them mean other places.
 */
const SAME_SHAPE = 0.02;

function sameShape(a: FrameSize, b: FrameSize): boolean {
  const [ra, rb] = [a.width / a.height, b.width / b.height];
  return Math.abs(ra - rb) <= SAME_SHAPE * rb;
}

/**
 * The sample's keypoints in pixels of the calibrated frame size: a face's width is compared in
 * pixels with its calibrated width, so a frame at another resolution (a camera that opened in
 * another mode) would read as the face nearer or further. A frame of another shape shows another
 * view and cannot be compared: null. Profiles from before frame sizes were kept: as it is.
 */
export function inCalibratedFrame<T extends PosePoints>(sample: T, calibrated: FrameSize | null): T | null {
  if (!calibrated) return sample;
  const { frameWidth: width, frameHeight: height } = sample;
  if (width === calibrated.width && height === calibrated.height) return sample;
  if (!sameShape({ width, height }, calibrated)) return null;
  const [sx, sy] = [calibrated.width / width, calibrated.height / height];
  return {
    ...sample,
    frameWidth: calibrated.width,
    frameHeight: calibrated.height,
    keypoints: sample.keypoints.map((k) => ({ ...k, x: k.x * sx, y: k.y * sy })),
  };
}

/** The size most frames came at (the first such, on a tie); null without frames. */
export function usualFrameSize(frames: readonly FrameSize[]): FrameSize | null {
  const key = (f: FrameSize) => `${f.width}x${f.height}`;
  const counts = new Map<string, number>();
  for (const f of frames) counts.set(key(f), (counts.get(key(f)) ?? 0) + 1);
  let best: FrameSize | null = null;
  for (const f of frames) if (!best || counts.get(key(f))! > counts.get(key(best))!) best = f;
  return best ? { width: best.width, height: best.height } : null;
}
