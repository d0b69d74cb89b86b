/**
 * An ffmpeg filter graph that moves a seated person lower in a photo with the room left where it
 * was: what `npm run make:slump-moves` writes, to measure how large a slump must be before it is
 * called. Moving the whole picture (as a first check did) moves the room too, which a slump does
 * not, and the place fingerprint then says the camera sees another place.
 *
 * The person is a rectangle from well above the head (so the crown moves too and leaves no ghost
 * of it, unless the head is near the photo's top) to the photo's bottom, as wide as the shoulders and a face width either side of the head;
 * it is cut out and laid back lower. Crude (its edges show a seam where the wall behind moved
 * with the person), but MoveNet sees a whole person sunk in an unmoved room. Grown as well
 * (`nearer`), it is a person who came towards the screen.
 */
import type { HeadPlacement } from './head-tilt';

/** Where the person is in the photo, in its pixels: the head, and the x of each shoulder seen. */
export interface PersonPlacement extends HeadPlacement {
  shoulders: readonly number[];
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** How far the rectangle reaches above the head centre, beside the head and past the shoulders (face widths). */
const ABOVE_HEAD = 2;
const BESIDE_HEAD = 1;
const PAST_SHOULDERS = 0.2;

const even = (v: number) => Math.max(2, Math.floor(v / 2) * 2);

/** The person's rectangle, inside the photo (even sizes, as ffmpeg's crop of a YUV picture wants). */
export function personRect(person: PersonPlacement, image: { width: number; height: number }): Rect {
  const { x, y, faceWidth: fw, shoulders } = person;
  const left = Math.max(0, Math.min(x - BESIDE_HEAD * fw, ...shoulders) - PAST_SHOULDERS * fw);
  const right = Math.min(image.width, Math.max(x + BESIDE_HEAD * fw, ...shoulders) + PAST_SHOULDERS * fw);
  const top = Math.max(0, y - ABOVE_HEAD * fw);
  const rect = { x: Math.round(left), y: Math.round(top) };
  return { ...rect, width: even(right - rect.x), height: even(image.height - rect.y) };
}

/**
 * The graph that lays the person `percent` % of the photo's height lower, labelled [out]; with
 * `nearer` (%), also larger by that much about the rectangle's top centre, as a person leaning
 * towards the camera grows (the head, two face widths below that top, then sinks a little too).
 */
export function slumpMoveGraph(
  person: PersonPlacement,
  image: { width: number; height: number },
  percent: number,
  nearer = 0,
) {
  const r = personRect(person, image);
  const down = Math.round((percent / 100) * image.height);
  const grow = 1 + nearer / 100;
  const [width, height] = nearer === 0 ? [r.width, r.height] : [even(r.width * grow), even(r.height * grow)];
  const scale = nearer === 0 ? '' : `,scale=${width}:${height}`;
  // Grown about the top centre: as much wider each side, the top where it was.
  const x = Math.round(r.x + (r.width - width) / 2);
  return `[0]split[room][p];[p]crop=${r.width}:${r.height}:${r.x}:${r.y}${scale}[person];[room][person]overlay=${x}:${r.y + down}[out]`;
}
