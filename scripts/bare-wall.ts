/**
 * A bare wall painted round a person's outline: the wall's colour lit as a room lights a wall
 * (brighter towards one side and the top, darker in the corners as a webcam's lens vignettes),
 * with a camera's faint noise. Pure: pixels in, pixels out.
 */

/** The wall's colour where the light meets it square (the frame's centre), RGB. */
export const WALL_RGB = [206, 200, 189] as const;
/** How much brighter the wall is at the lit side's edge and at the top (a window or lamp to the left). */
const LIGHT_FROM_SIDE = 0.14;
const LIGHT_FROM_TOP = 0.06;
/** How much darker the corners are than the centre (a webcam lens's vignetting). */
const VIGNETTE = 0.2;
/** The camera's noise: its standard deviation in grey levels. */
const NOISE = 2.5;

/** The wall's brightness at (x, y) as a share of WALL_RGB. */
export function wallLight(x: number, y: number, width: number, height: number): number {
  const [nx, ny] = [x / width - 0.5, y / height - 0.5];
  return (1 - 2 * LIGHT_FROM_SIDE * nx - 2 * LIGHT_FROM_TOP * ny) * (1 - 2 * VIGNETTE * (nx * nx + ny * ny));
}

/**
 * How much of a pixel is the person, from the segmenter's probability: sure below 0.3 or above
 * 0.7, blended between, so the outline is soft as a photo's is rather than cut.
 */
export function personShare(probability: number): number {
  return Math.min(1, Math.max(0, (probability - 0.3) / 0.4));
}

/** Seeded normal noise, so painting the same photo again gives the same pixels. */
export function seededNoise(seed: number): () => number {
  let state = seed >>> 0 || 1;
  const uniform = () => {
    // xorshift32: fast, and plenty for a camera's grain.
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return ((state >>> 0) + 0.5) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}

/** A seed from a name (the photo's file name): each photo its own grain, the same on every run. */
export function seedOf(name: string): number {
  let hash = 2166136261;
  for (const char of name) hash = Math.imul(hash ^ char.charCodeAt(0), 16777619);
  return hash >>> 0;
}

/**
 * `rgb` (width × height × 3 bytes) with everything but the person painted as the wall:
 * `person[i]` is how likely pixel i is the person (0–1).
 */
export function paintBareWall(
  rgb: Uint8Array,
  person: ArrayLike<number>,
  width: number,
  height: number,
  noise: () => number,
): Uint8Array {
  if (rgb.length !== width * height * 3 || person.length !== width * height)
    throw new Error(`paintBareWall: ${width}×${height} needs ${width * height} pixels`);
  const out = new Uint8Array(rgb.length);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = y * width + x;
      const share = personShare(person[i]!);
      const light = wallLight(x, y, width, height);
      for (let c = 0; c < 3; c++) {
        const wall = Math.min(255, Math.max(0, WALL_RGB[c]! * light + noise() * NOISE));
        out[i * 3 + c] = Math.round(share * rgb[i * 3 + c]! + (1 - share) * wall);
      }
    }
  }
  return out;
}

/** The share of the frame that is the person. */
export function personCoverage(person: ArrayLike<number>): number {
  let sum = 0;
  for (let i = 0; i < person.length; i++) sum += personShare(person[i]!);
  return person.length ? sum / person.length : 0;
}
