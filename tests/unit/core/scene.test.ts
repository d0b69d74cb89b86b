import { describe, expect, it } from 'vitest';
import { THUMB_COLUMNS, THUMB_ROWS } from '../../../src/core/pose/frame-convert';
import {
  SAME_SCENE,
  SCENE_CELLS,
  SCENE_LEVELS,
  sceneFingerprint,
  sceneMatch,
  SceneWatch,
  typicalScene,
} from '../../../src/core/pose/scene';

/** A 16×12 luma thumbnail drawn cell by cell. */
const thumbnail = (luma: (x: number, y: number) => number) =>
  Float32Array.from({ length: THUMB_COLUMNS * THUMB_ROWS }, (_, i) =>
    luma(i % THUMB_COLUMNS, Math.floor(i / THUMB_COLUMNS)),
  );

/** A room: a window on the left, a door on the right, a lamp at the top. */
const room = (x: number, y: number) =>
  90 + (x < 3 ? 80 : 0) + (x > 12 && y > 3 ? -50 : 0) + (y === 0 && x === 8 ? 60 : 0);
/** Another room: a window on the right, a dark ceiling, a cupboard low on the left. */
const otherRoom = (x: number, y: number) => 120 + (x > 12 ? 70 : 0) + (y < 2 ? -40 : 0) + (x < 4 && y > 6 ? -40 : 0);
/** Someone in the middle of the frame, anything from dark to bright. */
const withPerson = (scene: (x: number, y: number) => number, shade: number) => (x: number, y: number) =>
  x >= 4 && x < 12 && y >= 2 ? shade : scene(x, y);

describe('scene fingerprint', () => {
  const calibrated = sceneFingerprint(thumbnail(withPerson(room, 40)))!;

  it('keeps only the border, in five levels', () => {
    expect(calibrated).toHaveLength(SCENE_CELLS);
    expect(SCENE_CELLS).toBe(4 * 12 * 2 + 8 * 2);
    expect(calibrated.every((v) => Number.isInteger(v) && Math.abs(v) <= SCENE_LEVELS)).toBe(true);
  });

  it('matches the same place with the person moved, darker, brighter or lit differently', () => {
    const dimmer = sceneFingerprint(thumbnail((x, y) => 0.6 * withPerson(room, 200)(x, y) + 10))!;
    expect(sceneMatch(calibrated, dimmer)!).toBeGreaterThan(0.9);
    const slumped = sceneFingerprint(thumbnail((x, y) => (x >= 3 && x < 13 && y >= 1 ? 60 : room(x, y))))!;
    expect(sceneMatch(calibrated, slumped)!).toBeGreaterThan(SAME_SCENE);
  });

  it('tells another place from it', () => {
    const elsewhere = sceneFingerprint(thumbnail(withPerson(otherRoom, 40)))!;
    expect(sceneMatch(calibrated, elsewhere)!).toBeLessThan(SAME_SCENE);
  });

  it('has nothing to say about a flat picture (a covered lens, darkness)', () => {
    expect(sceneFingerprint(thumbnail(() => 3))).toBeNull();
    expect(sceneFingerprint(new Float32Array(10))).toBeNull();
  });

  it('takes the typical fingerprint of calibration frames cell by cell, ignoring frames without one', () => {
    const a = sceneFingerprint(thumbnail(withPerson(room, 40)))!;
    const b = sceneFingerprint(thumbnail(withPerson(room, 200)))!;
    expect(typicalScene([a, a, b, null])).toEqual(a);
    expect(typicalScene([null, undefined])).toBeNull();
  });
});

describe('scene watch', () => {
  const here = sceneFingerprint(thumbnail(withPerson(room, 40)))!;
  const elsewhere = sceneFingerprint(thumbnail(withPerson(otherRoom, 40)))!;

  it('speaks when the answer changes, and again for a new calibration', () => {
    const watch = new SceneWatch();
    expect(watch.observe('Laptop@1', here, here)).toBe(true);
    expect(watch.observe('Laptop@1', here, here)).toBeNull();
    expect(watch.observe('Laptop@1', here, elsewhere)).toBe(false);
    expect(watch.observe('Laptop@1', here, elsewhere)).toBeNull();
    expect(watch.observe('Laptop@2', elsewhere, elsewhere)).toBe(true);
    expect(watch.observe('Laptop@2', elsewhere, here)).toBe(false);
  });
});
