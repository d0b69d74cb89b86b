import { describe, expect, it } from 'vitest';
import { downscaleFactor, downscaledSize, stillImageSize } from '../../../src/core/pose/frame-convert';
import { fromModelInput, MODEL_INPUT_SIZE, toModelInput, viewRegion } from '../../../src/core/pose/model-input';

describe('toModelInput', () => {
  /** An I420 frame of one flat colour (limited-range YUV). */
  function flatI420(width: number, height: number, y: number, u: number, v: number) {
    const data = new Uint8Array(width * height * 1.5);
    data.fill(y, 0, width * height);
    data.fill(u, width * height, width * height * 1.25);
    data.fill(v, width * height * 1.25);
    const planes = [
      { offset: 0, stride: width },
      { offset: width * height, stride: width / 2 },
      { offset: width * height * 1.25, stride: width / 2 },
    ];
    return { data, planes };
  }
  const S = MODEL_INPUT_SIZE;
  const input = () => new Float32Array(S * S * 3);
  const pixel = (out: Float32Array, x: number, y: number) => [...out.subarray((y * S + x) * 3, (y * S + x) * 3 + 3)];

  it('picks a whole downscale factor towards 320 px wide for the keypoint coordinates', () => {
    expect(downscaleFactor(320)).toBe(1);
    expect(downscaleFactor(640)).toBe(2);
    expect(downscaleFactor(1280)).toBe(4);
    expect(downscaleFactor(200)).toBe(1);
  });

  it.each([
    [4000, 4000],
    [512, 512],
    [1440, 810],
    [1920, 1080],
    [64, 48],
    [3024, 4032],
  ])('measures a %i×%i still in a frame 320 px wide, as a camera frame is', (width, height) => {
    const decoded = stillImageSize(width, height);
    expect(decoded.width % 320).toBe(0);
    expect(decoded.width).toBeLessThanOrEqual(Math.max(320, width));
    expect(decoded.height / decoded.width).toBeCloseTo(height / width, 2);
    expect(downscaledSize(decoded.width, decoded.height).width).toBe(320);
  });

  it.each([
    ['white', 235, 128, 128, [255, 255, 255]],
    ['black', 16, 128, 128, [0, 0, 0]],
    ['red', 81, 90, 240, [255, 0, 0]],
    ['green', 145, 54, 34, [0, 255, 0]],
    ['blue', 41, 240, 110, [0, 0, 255]],
  ] as const)('turns I420 %s into RGB', (_name, y, u, v, rgb) => {
    const { data, planes } = flatI420(64, 48, y, u, v);
    const out = input();
    toModelInput({ format: 'I420', data: data, planes: planes, width: 64, height: 48 }, out);
    for (const [x, yy] of [
      [0, S - 144],
      [S - 1, S - 1],
    ] as const) {
      pixel(out, x, yy).forEach((value, c) => expect(Math.abs(value - rgb[c]!)).toBeLessThanOrEqual(3));
    }
  });

  it('letterboxes a 4:3 frame into the square on its bottom edge, black above', () => {
    const { data, planes } = flatI420(320, 240, 235, 128, 128);
    const out = input();
    const box = toModelInput({ format: 'I420', data: data, planes: planes, width: 320, height: 240 }, out);
    // 320×240 → 192×144 below 48 black rows: a body the frame cuts off meets the input's edge.
    expect(box).toMatchObject({ padX: 0, padY: 48, frameWidth: 320, frameHeight: 240 });
    expect(box.scale).toBeCloseTo(0.6);
    expect(pixel(out, 100, 47)).toEqual([0, 0, 0]);
    expect(pixel(out, 100, 48)[0]).toBeCloseTo(255, 0);
    expect(pixel(out, 100, S - 1)[0]).toBeCloseTo(255, 0);
    expect(box.luminance).toBeCloseTo(255, 0);
  });

  it('maps keypoints back to the frame, for big frames in their downscaled coordinates', () => {
    const rgba = new Uint8Array(1280 * 720 * 4);
    const box = toModelInput(
      { format: 'RGBA', data: rgba, planes: [{ offset: 0, stride: 1280 * 4 }], width: 1280, height: 720 },
      input(),
    );
    // Keypoints are measured in the 320×180 frame (1280 / 4), as calibrations were.
    expect(box).toMatchObject({ frameWidth: 320, frameHeight: 180, padX: 0, padY: 84 });
    const [back] = fromModelInput([{ name: 'nose', x: 96, y: 84 + 54, score: 1 }], box);
    expect(back!.x).toBeCloseTo(160);
    expect(back!.y).toBeCloseTo(90);
  });

  it('can look at a region of the frame only, and maps keypoints back to the whole frame', () => {
    // A 640×480 frame (keypoints in 320×240), white only in the region x 100–200, y 60–160.
    const { data, planes } = flatI420(640, 480, 16, 128, 128);
    for (let y = 120; y < 320; y++) data.fill(235, y * 640 + 200, y * 640 + 400);
    const out = input();
    const box = toModelInput({ format: 'I420', data, planes, width: 640, height: 480 }, out, {
      x: 100,
      y: 60,
      width: 100,
      height: 100,
    });
    expect(box).toMatchObject({ originX: 100, originY: 60, padX: 0, padY: 0 });
    expect(pixel(out, 5, 5)[0]).toBeCloseTo(255, 0);
    expect(pixel(out, S - 5, S - 5)[0]).toBeCloseTo(255, 0);
    const [centre] = fromModelInput([{ name: 'nose', x: S / 2, y: S / 2, score: 1 }], box);
    expect(centre!.x).toBeCloseTo(150);
    expect(centre!.y).toBeCloseTo(110);
  });

  it('can look at a square reaching past the frame (a zoomed-out view): black there, keypoints still in frame pixels', () => {
    // A white 320×240 frame seen in a 480-wide square whose bottom is the frame's bottom.
    const { data, planes } = flatI420(320, 240, 235, 128, 128);
    const out = input();
    const view = { minSide: 480, centreX: 0.5 };
    const region = viewRegion(view, { width: 320, height: 240 })!;
    expect(region).toEqual({ x: -80, y: -240, width: 480, height: 480 });
    const box = toModelInput({ format: 'I420', data, planes, width: 320, height: 240 }, out, region);
    // 0.4 input pixels per frame pixel: the frame is 128×96 at the bottom centre.
    expect(box).toMatchObject({ padX: 32, padY: 96, originX: 0, originY: 0 });
    expect(pixel(out, 31, S - 1)).toEqual([0, 0, 0]);
    expect(pixel(out, 32, S - 1)[0]).toBeCloseTo(255, 0);
    expect(pixel(out, 100, 95)).toEqual([0, 0, 0]);
    expect(pixel(out, 100, 96)[0]).toBeCloseTo(255, 0);
    const [corner] = fromModelInput([{ name: 'nose', x: 32 + 128, y: 96 + 96, score: 1 }], box);
    expect(corner!.x).toBeCloseTo(320);
    expect(corner!.y).toBeCloseTo(240);
  });

  it('zooms a view out only past the frame, keeps the whole frame in it, and centres the head when it can', () => {
    const frame = { width: 1280, height: 720 }; // keypoints in 320×180
    expect(viewRegion(null, frame)).toBeNull();
    expect(viewRegion({ minSide: 300, centreX: 0.5 }, frame)).toBeNull();
    // A head near an edge is centred only as far as the whole frame stays in view.
    expect(viewRegion({ minSide: 400, centreX: 0.1 }, frame)).toEqual({ x: -80, y: -220, width: 400, height: 400 });
    expect(viewRegion({ minSide: 400, centreX: 0.9 }, frame)).toEqual({ x: 0, y: -220, width: 400, height: 400 });
    expect(viewRegion({ minSide: 400, centreX: 0.45 }, frame)).toEqual({ x: -56, y: -220, width: 400, height: 400 });
  });

  it('reads NV12 (interleaved chroma) the same as I420', () => {
    const w = 8;
    const h = 4;
    const nv12 = new Uint8Array(w * h * 1.5);
    nv12.fill(81, 0, w * h);
    for (let i = w * h; i < nv12.length; i += 2) {
      nv12[i] = 90;
      nv12[i + 1] = 240;
    }
    const out = input();
    toModelInput(
      {
        format: 'NV12',
        data: nv12,
        planes: [
          { offset: 0, stride: w },
          { offset: w * h, stride: w },
        ],
        width: w,
        height: h,
      },
      out,
    );
    expect(pixel(out, 0, S / 2).map((v) => Math.round(v / 10))).toEqual([26, 0, 0]);
  });

  it('box-filters a large frame and reports mean luminance', () => {
    // Left half black, right half white: the left of the input is black, the right white.
    const w = 1920;
    const h = 1080;
    const { data, planes } = flatI420(w, h, 16, 128, 128);
    for (let y = 0; y < h; y++) data.fill(235, y * w + w / 2, y * w + w);
    const out = input();
    const box = toModelInput({ format: 'I420', data: data, planes: planes, width: w, height: h }, out);
    expect(pixel(out, 10, S / 2)[0]).toBe(0);
    expect(pixel(out, S - 10, S / 2)[0]).toBe(255);
    expect(box.luminance).toBeCloseTo(127.5, 0);
  });

  it('converts RGBA and BGRA with stride', () => {
    const stride = 12;
    const rgba = new Uint8Array([10, 20, 30, 255, 40, 50, 60, 255, 0, 0, 0, 0]);
    const out = input();
    toModelInput({ format: 'RGBA', data: rgba, planes: [{ offset: 0, stride }], width: 2, height: 1 }, out);
    expect(pixel(out, 0, S / 2)).toEqual([10, 20, 30]);
    expect(pixel(out, S - 1, S / 2)).toEqual([40, 50, 60]);
    toModelInput({ format: 'BGRA', data: rgba, planes: [{ offset: 0, stride }], width: 2, height: 1 }, out);
    expect(pixel(out, 0, S / 2)).toEqual([30, 20, 10]);
  });

  it('refuses an output buffer that is too small', () => {
    const { data, planes } = flatI420(8, 8, 16, 128, 128);
    expect(() =>
      toModelInput({ format: 'I420', data: data, planes: planes, width: 8, height: 8 }, new Float32Array(3)),
    ).toThrow(RangeError);
  });
});
