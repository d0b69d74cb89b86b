import { describe, expect, it } from 'vitest';
import {
  SAME_SCENE,
  samePlace,
  SCENE_CELLS,
  SCENE_LEVELS,
  sceneFingerprint,
  sceneMatch,
  SceneWatch,
  typicalScene,
} from '../../../src/core/pose/scene';
import { fingerprintOf, otherRoom, room, thumbnail, withPerson } from '../../support/scenes';

describe('scene fingerprint', () => {
  const calibrated = fingerprintOf(room);

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
    const elsewhere = fingerprintOf(otherRoom);
    expect(sceneMatch(calibrated, elsewhere)!).toBeLessThan(SAME_SCENE);
  });

  it('has nothing to say about a flat picture (a covered lens, darkness)', () => {
    expect(sceneFingerprint(thumbnail(() => 3))).toBeNull();
    expect(sceneFingerprint(new Float32Array(10))).toBeNull();
  });

  it('takes the typical fingerprint of calibration frames cell by cell, ignoring frames without one', () => {
    const a = fingerprintOf(room);
    const b = fingerprintOf(room, 200);
    expect(typicalScene([a, a, b, null])).toEqual(a);
    expect(typicalScene([null, undefined])).toBeNull();
  });
});

describe('scene watch', () => {
  const here = fingerprintOf(room);
  const elsewhere = fingerprintOf(otherRoom);

  it('says whether a frame shows the calibrated place, and nothing without both fingerprints', () => {
    expect(samePlace(here, fingerprintOf(room, 200))).toBe(true);
    expect(samePlace(here, elsewhere)).toBe(false);
    expect(samePlace(here, null)).toBeNull();
    expect(samePlace(null, here)).toBeNull();
    expect(samePlace(undefined, undefined)).toBeNull();
  });

  it('speaks when the answer changes, and again for a new calibration', () => {
    const watch = new SceneWatch();
    expect(watch.observe('Laptop@1', [here], here)).toBe(true);
    expect(watch.observe('Laptop@1', [here], here)).toBeNull();
    expect(watch.observe('Laptop@1', [here], elsewhere)).toBe(false);
    expect(watch.observe('Laptop@1', [here], elsewhere)).toBeNull();
    expect(watch.observe('Laptop@2', [elsewhere], elsewhere)).toBe(true);
    expect(watch.observe('Laptop@2', [elsewhere], here)).toBe(false);
    // A place known in two looks is the place in either.
    expect(watch.observe('Laptop@3', [here, elsewhere], here)).toBe(true);
    expect(watch.observe('Laptop@3', [here, elsewhere], elsewhere)).toBeNull();
  });
});
