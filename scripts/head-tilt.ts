/**
 * An ffmpeg filter graph that rolls a person's head sideways in a photo, the body left as it was:
 * what `npm run make:head-tilts` writes, to check that head movement is not called a slump.
 *
 * The head is a disc holding all of it (hair included), turned about a point one face width
 * below the ears, where a neck turns it, so it also swings aside and down. Where the head was,
 * the picture is first filled in from its surroundings (ffmpeg `delogo`), so no second head
 * shows. Crude, but MoveNet sees a whole head on an unmoved body.
 */

/** Where the head is in the photo, in its pixels: the ear (else eye) midpoint and the face width. */
export interface HeadPlacement {
  x: number;
  y: number;
  faceWidth: number;
}

/** The disc holding the head: its radius, and its centre above the ear line (the crown is taller than the chin is deep). */
const HEAD_RADIUS_FACE_WIDTHS = 0.95;
const HEAD_CENTRE_ABOVE_EARS = 0.1;
/** The neck's pivot below the ears, and how far down the original head is filled in (to the chin, not the neck). */
const PIVOT_BELOW_EARS = 1;
const FILL_BELOW_EARS = 0.7;
/** The disc's edge fades over this many face widths. */
const EDGE_FADE = 0.08;

const clamp = (v: number, low: number, high: number) => Math.round(Math.min(high, Math.max(low, v)));

export function headTiltGraph(head: HeadPlacement, image: { width: number; height: number }, degrees: number): string {
  const { width: W, height: H } = image;
  const fw = head.faceWidth;
  const [hx, hy, radius] = [head.x, head.y - HEAD_CENTRE_ABOVE_EARS * fw, HEAD_RADIUS_FACE_WIDTHS * fw];
  const [px, py] = [head.x, head.y + PIVOT_BELOW_EARS * fw];
  // The square turned about the pivot holds the whole disc; everything is padded by its side so
  // no crop or overlay leaves the frame, whatever the head's place.
  const side = 2 * Math.ceil(Math.hypot(hx - px, hy - py) + radius + 4);
  const [x0, y0] = [Math.round(px - side / 2), Math.round(py - side / 2)];
  const fill = {
    x: clamp(hx - 1.05 * radius, 1, W - 3),
    y: clamp(hy - 1.05 * radius, 1, H - 3),
    right: clamp(hx + 1.05 * radius, 2, W - 2),
    bottom: clamp(head.y + FILL_BELOW_EARS * fw, 2, H - 2),
  };
  const [dx, dy] = [(hx - x0).toFixed(1), (hy - y0).toFixed(1)];
  const mask = `a='255*clip((${radius.toFixed(1)}-hypot(X-${dx},Y-${dy}))/${(EDGE_FADE * fw).toFixed(1)},0,1)'`;
  const pad = `pad=iw+${2 * side}:ih+${2 * side}:${side}:${side}`;
  return (
    `[0]split[o][c];` +
    `[o]delogo=x=${fill.x}:y=${fill.y}:w=${fill.right - fill.x}:h=${fill.bottom - fill.y},${pad}[bg];` +
    `[c]${pad},crop=${side}:${side}:${x0 + side}:${y0 + side},format=rgba,` +
    `geq=r='r(X,Y)':g='g(X,Y)':b='b(X,Y)':${mask},rotate=${degrees}*PI/180:c=none:ow=${side}:oh=${side}[head];` +
    `[bg][head]overlay=${x0 + side}:${y0 + side},crop=${W}:${H}:${side}:${side}[out]`
  );
}
