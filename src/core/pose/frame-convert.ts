/**
 * Camera frame formats, the cheap per-frame luma summary, and the coordinate frame keypoints are
 * measured in. Copying the raw planes and converting ourselves (model-input.ts) is cheaper than
 * asking the browser for RGBA at full size and then dropping alpha (the cost the pose spike
 * measured).
 */
export type SupportedPixelFormat = 'I420' | 'I420A' | 'NV12' | 'RGBA' | 'RGBX' | 'BGRA' | 'BGRX';

export interface Plane {
  offset: number;
  stride: number;
}

/** A coarse luma thumbnail (cells across × down) used to tell whether the picture changed. */
export const THUMB_COLUMNS = 16;
export const THUMB_ROWS = 12;

/** Keypoints are measured in the frame scaled down by a whole factor to about this width. */
export const TARGET_WIDTH = 320;

export function downscaleFactor(width: number, target = TARGET_WIDTH): number {
  return Math.max(1, Math.floor(width / target));
}

/**
 * The size to decode a still photo at: a whole multiple of TARGET_WIDTH wide (the largest not
 * above its own width, at least one), so that once downscaled like every frame it is measured in
 * a frame exactly TARGET_WIDTH wide, whatever its resolution. Sizes are compared in those pixels
 * with the calibration's, and one person's photos may come at different sizes (a camera's frames
 * all come at one).
 */
export function stillImageSize(width: number, height: number): { width: number; height: number } {
  const decodedWidth = TARGET_WIDTH * downscaleFactor(width);
  return { width: decodedWidth, height: Math.max(1, Math.round((height * decodedWidth) / width)) };
}

/** A value clamped to one byte's range, 0–255. */
export const clampByte = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : v);

/** Pixels between luma samples in `lumaSummary`: ~1/16 of a frame still gives ~100 per cell at 640×480. */
export const LUMA_STEP = 4;

/**
 * Mean luminance (full range, 0–255) and the change-gate thumbnail, from luma alone on a sparse
 * grid. Cheap enough for every frame, so the full RGB conversion runs only when the model will.
 */
export function lumaSummary(
  format: SupportedPixelFormat,
  data: Uint8Array,
  planes: readonly Plane[],
  width: number,
  height: number,
  thumbnail: Float32Array,
  step = LUMA_STEP,
): number {
  const sums = new Float64Array(THUMB_COLUMNS * THUMB_ROWS);
  const counts = new Uint32Array(THUMB_COLUMNS * THUMB_ROWS);
  const yuv = format === 'I420' || format === 'I420A' || format === 'NV12';
  const plane = planes[0] ?? { offset: 0, stride: width * 4 };
  const [red, blue] = format === 'BGRA' || format === 'BGRX' ? [2, 0] : [0, 2];
  let total = 0;
  let samples = 0;
  for (let y = step >> 1; y < height; y += step) {
    const rowCell = Math.floor((y * THUMB_ROWS) / height) * THUMB_COLUMNS;
    const row = plane.offset + y * plane.stride;
    for (let x = step >> 1; x < width; x += step) {
      let luma: number;
      if (yuv) {
        // Limited range (16–235), as webcams send it, stretched to full range like the RGB path.
        luma = clampByte(((data[row + x]! - 16) * 255) / 219);
      } else {
        const i = row + x * 4;
        luma = 0.299 * data[i + red]! + 0.587 * data[i + 1]! + 0.114 * data[i + blue]!;
      }
      const cell = rowCell + Math.floor((x * THUMB_COLUMNS) / width);
      sums[cell]! += luma;
      counts[cell]!++;
      total += luma;
      samples++;
    }
  }
  for (let i = 0; i < sums.length; i++) thumbnail[i] = counts[i]! > 0 ? sums[i]! / counts[i]! : 0;
  return samples === 0 ? 0 : total / samples;
}

/** The frame's size in the coordinates keypoints are measured in. */
export function downscaledSize(width: number, height: number): { width: number; height: number } {
  const factor = downscaleFactor(width);
  return { width: Math.floor(width / factor), height: Math.floor(height / factor) };
}
