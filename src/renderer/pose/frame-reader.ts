import {
  downscaledSize,
  lumaSummary,
  THUMB_COLUMNS,
  THUMB_ROWS,
  type Plane,
  type SupportedPixelFormat,
} from '../../core/pose/frame-convert';
import type { FrameSource } from '../../core/pose/model-input';

/**
 * Pulls the newest camera frame from a transferred track stream, copies its raw planes into a
 * buffer the worker owns and closes the frame at once. Measured here: this keeps memory flat,
 * while an ImageBitmap per frame grew the renderer by ~400 MB (notes/pose-spike.md). Every frame
 * gets a cheap luma summary (brightness and the change-gate thumbnail); the model's input is
 * made only when the model will run, which most frames of a still person skip.
 */
export interface ReadFrame {
  /** Size of the downscaled frame (what keypoints are measured in). */
  width: number;
  height: number;
  luminance: number;
  /** Coarse luma thumbnail, to tell whether the picture changed since the last analysis. */
  thumbnail: Float32Array;
  /** Epoch ms when the frame was taken from the stream. */
  takenAt: number;
  /** Copy and summary, ms. */
  copyMs: number;
  /** The raw pixels, for the model's input (toModelInput); valid until the next frame is read. */
  source: FrameSource;
}

const NATIVE: ReadonlySet<string> = new Set(['I420', 'I420A', 'NV12', 'RGBA', 'RGBX', 'BGRA', 'BGRX']);

export class FrameReader {
  private reader: ReadableStreamDefaultReader<VideoFrame> | null = null;
  private raw = new Uint8Array(0);
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
      const bytes = frame.allocationSize(options);
      if (this.raw.byteLength < bytes) this.raw = new Uint8Array(bytes);
      const layout = (await frame.copyTo(this.raw, options)) as Plane[];
      const luminance = lumaSummary(format, this.raw, layout, width, height, this.thumbnail);
      return {
        ...downscaledSize(width, height),
        luminance,
        thumbnail: this.thumbnail,
        takenAt,
        copyMs: performance.now() - started,
        source: { format, data: this.raw, planes: layout, width, height },
      };
    } finally {
      frame.close();
    }
  }
}
