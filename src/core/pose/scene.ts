/**
 * A coarse fingerprint of what the camera sees around the person, to notice a set-up that changed
 * (another room, the laptop moved) — which no posture geometry can tell from a slump. It is the
 * change gate's 16×12 luma thumbnail reduced to the cells along the frame's sides and top, where
 * a seated person rarely is, each standardised and rounded to one of five levels: a pattern of
 * which parts of the border are brighter, not a picture.
 */
import { AnswerWatch } from '../answer-watch';
import { mean, median } from '../stats';
import { THUMB_COLUMNS, THUMB_ROWS } from './frame-convert';

export type SceneFingerprint = number[];

/** Columns at each side and rows at the top that make the border. */
const SIDE_COLUMNS = 4;
const TOP_ROWS = 2;
export const SCENE_LEVELS = 2;

const isBorder = (cell: number) => {
  const x = cell % THUMB_COLUMNS;
  const y = Math.floor(cell / THUMB_COLUMNS);
  return x < SIDE_COLUMNS || x >= THUMB_COLUMNS - SIDE_COLUMNS || y < TOP_ROWS;
};
const BORDER = Array.from({ length: THUMB_COLUMNS * THUMB_ROWS }, (_, i) => i).filter(isBorder);
export const SCENE_CELLS = BORDER.length;

/** The fingerprint of one thumbnail; null for a flat picture (a covered lens, darkness). */
export function sceneFingerprint(thumbnail: ArrayLike<number>): SceneFingerprint | null {
  if (thumbnail.length !== THUMB_COLUMNS * THUMB_ROWS) return null;
  const values = BORDER.map((i) => thumbnail[i]!);
  const average = mean(values);
  const sd = Math.sqrt(mean(values.map((v) => (v - average) ** 2)));
  // Below a few grey levels of contrast there is nothing to recognise, only noise.
  if (sd < 2) return null;
  return values.map((v) => Math.max(-SCENE_LEVELS, Math.min(SCENE_LEVELS, Math.round((v - average) / sd))));
}

/** The typical fingerprint of calibration frames: each cell's median. */
export function typicalScene(fingerprints: readonly (SceneFingerprint | null | undefined)[]): SceneFingerprint | null {
  const seen = fingerprints.filter((f): f is SceneFingerprint => f?.length === SCENE_CELLS);
  if (seen.length === 0) return null;
  return BORDER.map((_, i) => Math.round(median(seen.map((f) => f[i]!))!));
}

/** How alike two fingerprints are: their correlation, −1 to 1 (null when either is flat). */
export function sceneMatch(a: SceneFingerprint, b: SceneFingerprint): number | null {
  if (a.length !== b.length || a.length === 0) return null;
  const [ma, mb] = [mean(a), mean(b)];
  let ab = 0;
  let aa = 0;
  let bb = 0;
  for (let i = 0; i < a.length; i++) {
    ab += (a[i]! - ma) * (b[i]! - mb);
    aa += (a[i]! - ma) ** 2;
    bb += (b[i]! - mb) ** 2;
  }
  return aa > 0 && bb > 0 ? ab / Math.sqrt(aa * bb) : null;
}

/**
 * Below this the camera sees another place. Measured on ../shared/posture-photos: photos of the
 * calibrated place 0.62–1.00 (slumps the lowest: the person fills more of the border), of another
 * room or from a moved camera −0.25 to 0.21.
 */
export const SAME_SCENE = 0.4;

/**
 * Whether `scene` shows the place `reference` was taken in; null when either is unknown or flat
 * (nothing to recognise).
 */
export function samePlace(
  reference: SceneFingerprint | null | undefined,
  scene: SceneFingerprint | null | undefined,
): boolean | null {
  const match = reference && scene ? sceneMatch(reference, scene) : null;
  return match === null ? null : match >= SAME_SCENE;
}

/**
 * Whether `scene` shows the place in any of the looks it was seen in (by day, at night); null when
 * none can tell.
 */
export function inAnyLook(
  looks: readonly SceneFingerprint[],
  scene: SceneFingerprint | null | undefined,
): boolean | null {
  const answers = looks.map((look) => samePlace(look, scene));
  if (answers.includes(true)) return true;
  return answers.includes(false) ? false : null;
}

/**
 * Decides, frame by frame, when to tell the host whether the camera still sees the calibrated
 * place: on every change of answer, and afresh for each new calibration (whose place it is).
 */
export class SceneWatch {
  private readonly news = new AnswerWatch<boolean>();

  /** True or false when the answer is news; null when there is nothing to say. */
  observe(profileKey: string, looks: readonly SceneFingerprint[], scene: SceneFingerprint): boolean | null {
    const matches = inAnyLook(looks, scene);
    return matches !== null && this.news.isNews(profileKey, matches) ? matches : null;
  }
}
