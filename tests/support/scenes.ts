import { THUMB_COLUMNS, THUMB_ROWS } from '../../src/core/pose/frame-convert';
import type { PoseSample } from '../../src/core/pose/keypoints';
import { sceneFingerprint, type SceneFingerprint } from '../../src/core/pose/scene';

/** A 16×12 luma thumbnail drawn cell by cell. */
export const thumbnail = (luma: (x: number, y: number) => number) =>
  Float32Array.from({ length: THUMB_COLUMNS * THUMB_ROWS }, (_, i) =>
    luma(i % THUMB_COLUMNS, Math.floor(i / THUMB_COLUMNS)),
  );

/** A room: a window on the left, a door on the right, a lamp at the top. */
export const room = (x: number, y: number) =>
  90 + (x < 3 ? 80 : 0) + (x > 12 && y > 3 ? -50 : 0) + (y === 0 && x === 8 ? 60 : 0);
/** Another room: a window on the right, a dark ceiling, a cupboard low on the left. */
export const otherRoom = (x: number, y: number) =>
  120 + (x > 12 ? 70 : 0) + (y < 2 ? -40 : 0) + (x < 4 && y > 6 ? -40 : 0);
/** Someone in the middle of the frame, anything from dark to bright. */
export const withPerson = (scene: (x: number, y: number) => number, shade: number) => (x: number, y: number) =>
  x >= 4 && x < 12 && y >= 2 ? shade : scene(x, y);

/** The fingerprint of a room with a person in it. */
export const fingerprintOf = (scene: (x: number, y: number) => number, shade = 40): SceneFingerprint =>
  sceneFingerprint(thumbnail(withPerson(scene, shade)))!;
/** A frame seen in the first room (with a person in it), or in `scene`. */
export const inPlace = (sample: PoseSample, scene: SceneFingerprint | null = fingerprintOf(room)): PoseSample => ({
  ...sample,
  scene,
});
/** The first room at night: the window black, the lamp on, the door in shadow. */
export const roomAtNight = (x: number, y: number) =>
  70 + (x < 3 ? -50 : 0) + (x > 12 && y > 3 ? -20 : 0) + (y === 0 && x === 8 ? 150 : 0) + (y < 2 ? 30 : 0);
