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
  /** Filled with the mean luma of each thumbnail cell when given (THUMB_COLUMNS × THUMB_ROWS). */
  thumbnail?: Float32Array,
): ConvertedFrame {
  const ow = Math.floor(width / factor);
  const oh = Math.floor(height / factor);
  if (out.length < ow * oh * 3) throw new RangeError(`output buffer too small for ${ow}×${oh}`);
  const area = factor * factor;
  let lumaSum = 0;
  const cellOfColumn = new Int32Array(ow);
  for (let x = 0; x < ow; x++) cellOfColumn[x] = Math.floor((x * THUMB_COLUMNS) / ow);
  const cellSums = new Float64Array(THUMB_COLUMNS * THUMB_ROWS);
  let rowCells: number;
  if (format === 'I420' || format === 'I420A' || format === 'NV12') {
    const [yPlane, uPlane, vPlane] = planes;
    if (!yPlane || !uPlane || (format !== 'NV12' && !vPlane)) throw new RangeError(`${format} needs its planes`);
    const interleaved = format === 'NV12';
    for (let oy = 0, o = 0; oy < oh; oy++) {
      const sy = oy * factor;
      rowCells = Math.floor((oy * THUMB_ROWS) / oh) * THUMB_COLUMNS;
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
        const luma = 0.299 * r + 0.587 * g + 0.114 * b;
        lumaSum += luma;
        cellSums[rowCells + cellOfColumn[ox]!]! += luma;
      }
    }
  } else {
    const plane = planes[0] ?? { offset: 0, stride: width * 4 };
    const bgr = format === 'BGRA' || format === 'BGRX';
    for (let oy = 0, o = 0; oy < oh; oy++) {
      rowCells = Math.floor((oy * THUMB_ROWS) / oh) * THUMB_COLUMNS;
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
        const luma = (0.299 * r + 0.587 * g + 0.114 * b) / area;
        lumaSum += luma;
        cellSums[rowCells + cellOfColumn[ox]!]! += luma;
      }
    }
  }
  if (thumbnail) {
    const perCell = (ow * oh) / (THUMB_COLUMNS * THUMB_ROWS);
    for (let i = 0; i < cellSums.length; i++) thumbnail[i] = perCell > 0 ? cellSums[i]! / perCell : 0;
  }
  return { width: ow, height: oh, luminance: ow * oh === 0 ? 0 : lumaSum / (ow * oh) };
}
