/**
 * Camera frames straight to the model's input: planar YUV (I420/NV12, what webcams deliver) or
 * RGBA in, MoveNet's square RGB input out — scaled, converted and letterboxed in one pass over
 * the pixels. pose-detection would otherwise upload the whole frame, pad it to a square and
 * resample it to 192×192 itself; handing it the finished square leaves it an identity crop, and
 * each output pixel is converted once instead of every camera pixel.
 */
import { clampByte, downscaleFactor, type Plane, type SupportedPixelFormat } from './frame-convert';
import type { Keypoint } from './keypoints';

/** MoveNet SinglePose Lightning looks at 192×192 pixels. */
export const MODEL_INPUT_SIZE = 192;

/** A camera frame or still image as copied out of the browser. */
export interface FrameSource {
  format: SupportedPixelFormat;
  data: Uint8Array;
  planes: readonly Plane[];
  width: number;
  height: number;
}

/** A rectangle in the frame's (downscaled) coordinates, the ones keypoints are measured in. */
export interface Region {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * How the model looks at a frame: a square at least `minSide` frame pixels wide (zooming out
 * when the person is close), its bottom on the frame's bottom edge, centred on `centreX` (a
 * fraction of the frame's width) as far as it can while it still covers the whole frame.
 */
export interface AnalysisView {
  minSide: number;
  centreX: number;
}

/** The frame's size in the (downscaled) coordinates keypoints and regions are measured in. */
export function frameSize(source: { width: number; height: number }): { width: number; height: number } {
  const factor = downscaleFactor(source.width);
  return { width: Math.floor(source.width / factor), height: Math.floor(source.height / factor) };
}

/**
 * A square of `side` frame pixels as near to (x, y) as it may be: never reaching below the frame's
 * bottom edge (a body the frame cuts off must meet the input's border, not a black band), and
 * across either inside the frame or, when wider, covering all of it.
 */
export function placeSquare(frame: { width: number; height: number }, side: number, x: number, y: number): Region {
  const clamp = (v: number, a: number, b: number) => Math.max(Math.min(a, b), Math.min(Math.max(a, b), v));
  return {
    x: clamp(x, 0, frame.width - side),
    y: side > frame.height ? frame.height - side : clamp(y, 0, frame.height - side),
    width: side,
    height: side,
  };
}

/** The region an analysis view looks at, or null for the whole frame (the view is no wider). */
export function viewRegion(view: AnalysisView | null, source: { width: number; height: number }): Region | null {
  const frame = frameSize(source);
  if (!view || view.minSide <= Math.max(frame.width, frame.height)) return null;
  const side = view.minSide;
  return placeSquare(frame, side, view.centreX * frame.width - side / 2, frame.height - side);
}

/** Where the frame (or the region of it) sits inside the square input. */
export interface Letterbox {
  /** Input pixels per frame pixel. */
  scale: number;
  padX: number;
  padY: number;
  /** The frame coordinates of the input's content's top-left corner (0, 0 for the whole frame). */
  originX: number;
  originY: number;
  /** Frame-pixel size of the image, for the keypoints' coordinates. */
  frameWidth: number;
  frameHeight: number;
  /** Mean luma 0–255 (full range) of the image. */
  luminance: number;
}

/**
 * Converts one frame — or one square region of it, which may reach past the frame — into `out`
 * (size × size × 3 RGB, row-major, black where there is no frame), each output pixel the box
 * average of the frame pixels under it (chroma from its centre, as 4:2:0 has it). Keypoints come
 * back in the frame's downscaled coordinates (`downscaleFactor`), whatever the region.
 */
export function toModelInput(
  source: FrameSource,
  out: Float32Array,
  region: Region | null = null,
  size = MODEL_INPUT_SIZE,
): Letterbox {
  const { format, data, planes, width, height } = source;
  if (out.length < size * size * 3) throw new RangeError(`output buffer too small for ${size}×${size}`);
  const factor = downscaleFactor(width);
  // The square looked at, in source pixels. It may reach past the frame (that part stays black);
  // the whole frame sits on the input's bottom edge, so a body the frame cuts off is cut off by
  // the input's border too, as in the photos MoveNet learnt from, not by a black band.
  const side = region
    ? Math.max(1, Math.round(Math.max(region.width, region.height) * factor))
    : Math.max(width, height);
  const squareX = region ? Math.round(region.x * factor) : Math.round((width - side) / 2);
  const squareY = region ? Math.round(region.y * factor) : height - side;
  const left = Math.max(0, Math.min(width - 1, squareX));
  const top = Math.max(0, Math.min(height - 1, squareY));
  const areaWidth = Math.max(1, Math.min(width, squareX + side) - left);
  const areaHeight = Math.max(1, Math.min(height, squareY + side) - top);
  const scale = size / side;
  const padX = Math.max(0, Math.round((left - squareX) * scale));
  const padY = Math.max(0, Math.round((top - squareY) * scale));
  const contentWidth = Math.min(size - padX, Math.round(areaWidth * scale));
  const contentHeight = Math.min(size - padY, Math.round(areaHeight * scale));
  // A block of k × k frame pixels under each output pixel (k = 1 when enlarging).
  const k = Math.max(1, Math.min(areaWidth, areaHeight, Math.round(1 / scale)));
  const area = k * k;
  out.fill(0, 0, size * size * 3);
  const yuv = format === 'I420' || format === 'I420A' || format === 'NV12';
  const [yPlane, uPlane, vPlane] = planes;
  if (yuv && (!yPlane || !uPlane || (format !== 'NV12' && !vPlane))) throw new RangeError(`${format} needs its planes`);
  const rgba = planes[0] ?? { offset: 0, stride: width * 4 };
  const bgr = format === 'BGRA' || format === 'BGRX';
  let lumaSum = 0;
  for (let oy = 0; oy < contentHeight; oy++) {
    const centreY = top + (oy + 0.5) / scale;
    const y0 = Math.min(height - k, Math.max(0, Math.floor(centreY - k / 2 + 0.5)));
    let o = ((padY + oy) * size + padX) * 3;
    for (let ox = 0; ox < contentWidth; ox++, o += 3) {
      const centreX = left + (ox + 0.5) / scale;
      const x0 = Math.min(width - k, Math.max(0, Math.floor(centreX - k / 2 + 0.5)));
      let r: number;
      let g: number;
      let b: number;
      if (yuv) {
        let ySum = 0;
        for (let dy = 0; dy < k; dy++) {
          const row = yPlane!.offset + (y0 + dy) * yPlane!.stride + x0;
          for (let dx = 0; dx < k; dx++) ySum += data[row + dx]!;
        }
        const cy = Math.min(height - 1, Math.floor(centreY)) >> 1;
        const cx = Math.min(width - 1, Math.floor(centreX)) >> 1;
        let u: number;
        let v: number;
        if (format === 'NV12') {
          const i = uPlane!.offset + cy * uPlane!.stride + cx * 2;
          u = data[i]!;
          v = data[i + 1]!;
        } else {
          u = data[uPlane!.offset + cy * uPlane!.stride + cx]!;
          v = data[vPlane!.offset + cy * vPlane!.stride + cx]!;
        }
        // BT.601 limited range, as webcams send it.
        const c = 298 * (ySum / area - 16);
        const d = u - 128;
        const e = v - 128;
        r = clampByte((c + 409 * e + 128) >> 8);
        g = clampByte((c - 100 * d - 208 * e + 128) >> 8);
        b = clampByte((c + 516 * d + 128) >> 8);
      } else {
        r = 0;
        g = 0;
        b = 0;
        for (let dy = 0; dy < k; dy++) {
          let i = rgba.offset + (y0 + dy) * rgba.stride + x0 * 4;
          for (let dx = 0; dx < k; dx++, i += 4) {
            r += data[i]!;
            g += data[i + 1]!;
            b += data[i + 2]!;
          }
        }
        if (bgr) [r, b] = [b, r];
        r = Math.round(r / area);
        g = Math.round(g / area);
        b = Math.round(b / area);
      }
      out[o] = r;
      out[o + 1] = g;
      out[o + 2] = b;
      lumaSum += 0.299 * r + 0.587 * g + 0.114 * b;
    }
  }
  const pixels = contentWidth * contentHeight;
  const frame = frameSize(source);
  return {
    scale: scale * factor,
    padX,
    padY,
    originX: left / factor,
    originY: top / factor,
    frameWidth: frame.width,
    frameHeight: frame.height,
    luminance: pixels === 0 ? 0 : lumaSum / pixels,
  };
}

/** Keypoints from the square input's pixels back to the frame's (downscaled) pixels. */
export function fromModelInput(keypoints: readonly Keypoint[], box: Letterbox): Keypoint[] {
  return keypoints.map((k) => ({
    ...k,
    x: (k.x - box.padX) / box.scale + box.originX,
    y: (k.y - box.padY) / box.scale + box.originY,
  }));
}
