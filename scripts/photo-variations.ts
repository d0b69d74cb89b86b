/**
 * The variations `make:photo-set` makes of one photo of one person sitting tall: what a few
 * seconds before a webcam vary by (framing shifted a pixel or two, a little nearer, the light,
 * sensor noise, focus, compression), so one portrait becomes a subject of a data set. The ones
 * that made the third and fourth faces (docs/evaluation/third-face.md, fourth-face.md).
 */

/** A crop in 512ths of each side (the astronaut portrait's pixels), scaled back to full size. */
interface Crop {
  keep: number;
  x: number;
  y: number;
}

export interface Variation {
  /** The file name in its folder. */
  name: string;
  crop?: Crop;
  /** An ffmpeg filter applied after the crop (brightness, noise, blur, contrast). */
  filter?: string;
  /** JPEG quality as ffmpeg's -q:v (2 is near lossless; 25 a heavily compressed frame). */
  quality: number;
}

const CALIBRATE: Variation[] = [
  { name: 'c0.jpg', quality: 2 },
  { name: 'c1.jpg', crop: { keep: 504, x: 4, y: 4 }, quality: 2 },
  { name: 'c2.jpg', crop: { keep: 500, x: 0, y: 6 }, quality: 2 },
];

const UPRIGHT: Variation[] = [
  { name: 'u0.jpg', filter: 'eq=brightness=0.06', quality: 2 },
  { name: 'u1.jpg', filter: 'eq=brightness=-0.08', quality: 2 },
  { name: 'u2.jpg', filter: 'noise=alls=12:allf=t', quality: 2 },
  { name: 'u3.jpg', filter: 'gblur=sigma=1.2', quality: 2 },
  { name: 'u4.jpg', crop: { keep: 496, x: 8, y: 8 }, quality: 2 },
  { name: 'u5.jpg', crop: { keep: 500, x: 12, y: 0 }, quality: 2 },
  { name: 'u6.jpg', quality: 25 },
  { name: 'u7.jpg', filter: 'eq=contrast=1.15', quality: 2 },
  { name: 'u8.jpg', crop: { keep: 490, x: 0, y: 10 }, quality: 2 },
  { name: 'u9.jpg', crop: { keep: 500, x: 6, y: 12 }, filter: 'eq=brightness=0.03', quality: 2 },
];

export const PHOTO_SET = { calibrate: CALIBRATE, upright: UPRIGHT } as const;

/** The ffmpeg filter chain for a variation of a `width` × `height` photo (the same size out). */
export function variationFilter(v: Variation, width: number, height: number): string {
  const filters: string[] = [];
  if (v.crop) {
    const [w, h] = [Math.round((width * v.crop.keep) / 512), Math.round((height * v.crop.keep) / 512)];
    const [x, y] = [Math.round((width * v.crop.x) / 512), Math.round((height * v.crop.y) / 512)];
    filters.push(`crop=${w}:${h}:${x}:${y}`, `scale=${width}:${height}`);
  }
  if (v.filter) filters.push(v.filter);
  return filters.length > 0 ? filters.join(',') : 'null';
}
