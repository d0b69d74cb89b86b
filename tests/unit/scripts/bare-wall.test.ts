import { describe, expect, it } from 'vitest';
import {
  paintBareWall,
  personCoverage,
  personShare,
  seededNoise,
  seedOf,
  WALL_RGB,
  wallLight,
} from '../../../scripts/bare-wall';

const [width, height] = [40, 30];
/** A photo of one mid-grey colour, and a person filling the left half of it. */
const photo = new Uint8Array(width * height * 3).fill(90);
const leftHalf = Float32Array.from({ length: width * height }, (_, i) => (i % width < width / 2 ? 0.95 : 0.02));
const at = (rgb: Uint8Array, x: number, y: number) => [...rgb.subarray((y * width + x) * 3, (y * width + x) * 3 + 3)];

describe('a bare wall painted round the person', () => {
  it('keeps the person’s pixels and paints the rest the lit wall’s colour, give or take the noise', () => {
    const painted = paintBareWall(photo, leftHalf, width, height, seededNoise(7));
    expect(at(painted, 5, 10)).toEqual([90, 90, 90]);
    const [x, y] = [35, 20];
    at(painted, x, y).forEach((value, c) =>
      expect(Math.abs(value - WALL_RGB[c]! * wallLight(x, y, width, height))).toBeLessThan(12),
    );
  });

  it('blends the outline’s uncertain pixels, so the edge is soft as in a photo', () => {
    expect([personShare(0.2), personShare(0.5), personShare(0.8)]).toEqual([0, 0.5, 1]);
    const edge = Float32Array.from({ length: width * height }, () => 0.5);
    const painted = paintBareWall(photo, edge, width, height, () => 0);
    const [x, y] = [width / 2, height / 2];
    expect(at(painted, x, y)[0]).toBe(Math.round(0.5 * 90 + 0.5 * WALL_RGB[0] * wallLight(x, y, width, height)));
  });

  it('lights the wall from the left and the top, darker in the corners, as a room and a webcam lens do', () => {
    expect(wallLight(0, height / 2, width, height)).toBeGreaterThan(wallLight(width - 1, height / 2, width, height));
    expect(wallLight(width / 2, 0, width, height)).toBeGreaterThan(wallLight(width / 2, height - 1, width, height));
    expect(wallLight(width / 2, height / 2, width, height)).toBeCloseTo(1, 5);
    expect(wallLight(width - 1, height - 1, width, height)).toBeLessThan(0.85);
  });

  it('paints the same grain for the same photo, another for another photo', () => {
    const paint = (name: string) => paintBareWall(photo, leftHalf, width, height, seededNoise(seedOf(name)));
    expect(paint('a.jpg')).toEqual(paint('a.jpg'));
    expect(paint('a.jpg')).not.toEqual(paint('b.jpg'));
    const draws = Array.from({ length: 4000 }, seededNoise(seedOf('a.jpg')));
    const mean = draws.reduce((s, v) => s + v, 0) / draws.length;
    const sd = Math.sqrt(draws.reduce((s, v) => s + (v - mean) ** 2, 0) / draws.length);
    expect(Math.abs(mean)).toBeLessThan(0.1);
    expect(Math.abs(sd - 1)).toBeLessThan(0.1);
  });

  it('says how much of the frame the person covers, and refuses pixels of another size', () => {
    expect(personCoverage(leftHalf)).toBeCloseTo(0.5, 5);
    expect(personCoverage(new Float32Array(10))).toBe(0);
    expect(() => paintBareWall(photo, leftHalf, width + 1, height, () => 0)).toThrow(/41×30 needs 1230 pixels/);
  });
});
