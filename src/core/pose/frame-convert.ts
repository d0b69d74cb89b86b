/**
 * Camera frames to the model's input: planar YUV (I420/NV12, what webcams deliver) or RGBA in,
 * downscaled RGB out, in one pass over the pixels. Copying the raw planes and converting here is
 * cheaper than asking the browser for RGBA at full size and then dropping alpha (the cost the
 * pose spike measured), and the box-filtered downscale keeps the keypoints as accurate.
 */
export type SupportedPixelFormat = 'I420' | 'I420A' | 'NV12' | 'RGBA' | 'RGBX' | 'BGRA' | 'BGRX';

export interface Plane {
  offset: number;
  stride: number;
}

export interface ConvertedFrame {
  width: number;
  height: number;
  /** Mean luma 0–255 (full range). */
  luminance: number;
}

/** A coarse luma thumbnail (cells across × down) used to tell whether the picture changed. */
export const THUMB_COLUMNS = 16;
export const THUMB_ROWS = 12;

/** The capture is scaled down by a whole factor to about this width. */
export const TARGET_WIDTH = 320;

export function downscaleFactor(width: number, target = TARGET_WIDTH): number {
  return Math.max(1, Math.floor(width / target));
}

const clamp = (v: number) => (v < 0 ? 0 : v > 255 ? 255 : v);

/**
 * Converts one frame into `out` (RGB, 3 values a pixel, row-major), scaled down by `factor`
 * with a box filter on luma. Returns the output size and the frame's mean luminance.
 */
export function convertFrame(
  format: SupportedPixelFormat,
  data: Uint8Array,
  planes: readonly Plane[],
  width: number,
  height: number,
  factor: number,
  out: Float32Array,
): ConvertedFrame {
  const ow = Math.floor(width / factor);
  const oh = Math.floor(height / factor);
  if (out.length < ow * oh * 3) throw new RangeError(`output buffer too small for ${ow}×${oh}`);
  const area = factor * factor;
  let lumaSum = 0;
  if (format === 'I420' || format === 'I420A' || format === 'NV12') {
    const [yPlane, uPlane, vPlane] = planes;
    if (!yPlane || !uPlane || (format !== 'NV12' && !vPlane)) throw new RangeError(`${format} needs its planes`);
    const interleaved = format === 'NV12';
    for (let oy = 0, o = 0; oy < oh; oy++) {
      const sy = oy * factor;
      // Chroma is subsampled 2×2: take the sample at the centre of the output pixel's block.
      const cy = (sy + (factor >> 1)) >> 1;
      for (let ox = 0; ox < ow; ox++, o += 3) {
        const sx = ox * factor;
        let ySum = 0;
        for (let dy = 0; dy < factor; dy++) {
          const row = yPlane.offset + (sy + dy) * yPlane.stride + sx;
          for (let dx = 0; dx < factor; dx++) ySum += data[row + dx]!;
        }
        const cx = (sx + (factor >> 1)) >> 1;
        let u: number;
        let v: number;
        if (interleaved) {
          const i = uPlane.offset + cy * uPlane.stride + cx * 2;
          u = data[i]!;
          v = data[i + 1]!;
        } else {
          u = data[uPlane.offset + cy * uPlane.stride + cx]!;
          v = data[vPlane!.offset + cy * vPlane!.stride + cx]!;
        }
        // BT.601 limited range, as webcams send it.
        const c = 298 * (ySum / area - 16);
        const d = u - 128;
        const e = v - 128;
        const r = clamp((c + 409 * e + 128) >> 8);
        const g = clamp((c - 100 * d - 208 * e + 128) >> 8);
        const b = clamp((c + 516 * d + 128) >> 8);
        out[o] = r;
        out[o + 1] = g;
        out[o + 2] = b;
        lumaSum += 0.299 * r + 0.587 * g + 0.114 * b;
      }
    }
  } else {
    const plane = planes[0] ?? { offset: 0, stride: width * 4 };
    const bgr = format === 'BGRA' || format === 'BGRX';
    for (let oy = 0, o = 0; oy < oh; oy++) {
      for (let ox = 0; ox < ow; ox++, o += 3) {
        let r = 0;
        let g = 0;
        let b = 0;
        for (let dy = 0; dy < factor; dy++) {
          let i = plane.offset + (oy * factor + dy) * plane.stride + ox * factor * 4;
          for (let dx = 0; dx < factor; dx++, i += 4) {
            r += data[i]!;
            g += data[i + 1]!;
            b += data[i + 2]!;
          }
        }
        if (bgr) [r, b] = [b, r];
        out[o] = Math.round(r / area);
        out[o + 1] = Math.round(g / area);
        out[o + 2] = Math.round(b / area);
        lumaSum += (0.299 * r + 0.587 * g + 0.114 * b) / area;
      }
    }
  }
  return { width: ow, height: oh, luminance: ow * oh === 0 ? 0 : lumaSum / (ow * oh) };
}

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
        luma = clamp(((data[row + x]! - 16) * 255) / 219);
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

/** The size convertFrame will produce, without converting. */
export function downscaledSize(width: number, height: number): { width: number; height: number } {
  const factor = downscaleFactor(width);
  return { width: Math.floor(width / factor), height: Math.floor(height / factor) };
}
