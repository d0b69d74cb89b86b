import {
  convertFrame,
  downscaleFactor,
  THUMB_COLUMNS,
  THUMB_ROWS,
  type Plane,
  type SupportedPixelFormat,
} from '../../core/pose/frame-convert';

/**
 * Pulls the newest camera frame from a transferred track stream, copies its raw planes into a
 * buffer the worker owns, closes the frame at once, and converts it to downscaled RGB. Measured
 * here: this keeps memory flat, while an ImageBitmap per frame grew the renderer by ~400 MB
 * (notes/pose-spike.md).
 */
export interface ReadFrame {
  rgb: Float32Array;
  width: number;
  height: number;
  luminance: number;
  /** Coarse luma thumbnail, to tell whether the picture changed since the last analysis. */
  thumbnail: Float32Array;
  /** Epoch ms when the frame was taken from the stream. */
  takenAt: number;
  /** Copy and conversion, ms. */
  copyMs: number;
}

const NATIVE: ReadonlySet<string> = new Set(['I420', 'I420A', 'NV12', 'RGBA', 'RGBX', 'BGRA', 'BGRX']);

export class FrameReader {
  private reader: ReadableStreamDefaultReader<VideoFrame> | null = null;
  private raw = new Uint8Array(0);
  private rgb = new Float32Array(0);
  private readonly thumbnail = new Float32Array(THUMB_COLUMNS * THUMB_ROWS);

  attach(frames: ReadableStream<VideoFrame>): void {
    this.detach();
    this.reader = frames.getReader();
  }

  detach(): void {
    const reader = this.reader;
    this.reader = null;
    if (reader) void reader.cancel().catch(() => undefined);
  }

  get attached(): boolean {
    return this.reader !== null;
  }

  /** Null when the stream has ended (camera stopped or unplugged). */
  async next(now: () => number): Promise<ReadFrame | null> {
    if (!this.reader) return null;
    const { value: frame, done } = await this.reader.read();
    if (done || !frame) return null;
    const takenAt = now();
    const started = performance.now();
    try {
      const { width, height } = frame.visibleRect ?? { width: frame.codedWidth, height: frame.codedHeight };
      // Opaque or unusual formats are converted to RGBA by the browser; the usual ones are copied as is.
      const format = (frame.format && NATIVE.has(frame.format) ? frame.format : 'RGBA') as SupportedPixelFormat;
      const options: VideoFrameCopyToOptions = format === frame.format ? {} : { format: 'RGBA' };
      const size = frame.allocationSize(options);
      if (this.raw.byteLength < size) this.raw = new Uint8Array(size);
      const layout = await frame.copyTo(this.raw, options);
      const factor = downscaleFactor(width);
      const pixels = Math.floor(width / factor) * Math.floor(height / factor);
      if (this.rgb.length !== pixels * 3) this.rgb = new Float32Array(pixels * 3);
      const converted = convertFrame(
        format,
        this.raw,
        layout as Plane[],
        width,
        height,
        factor,
        this.rgb,
        this.thumbnail,
      );
      return { rgb: this.rgb, ...converted, thumbnail: this.thumbnail, takenAt, copyMs: performance.now() - started };
    } finally {
      frame.close();
    }
  }
}
