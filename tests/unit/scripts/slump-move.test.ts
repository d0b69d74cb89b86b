import { describe, expect, it } from 'vitest';
import { personRect, slumpMoveGraph, type PersonPlacement } from '../../../scripts/slump-move';

const image = { width: 1920, height: 1080 };
/** A person at a laptop: head centre at (960, 420), face 200 px wide, shoulders 700 px apart. */
const person: PersonPlacement = { x: 960, y: 420, faceWidth: 200, shoulders: [610, 1310] };

describe('the person moved lower, the room left in place', () => {
  it('takes the person from two face widths above the head centre to the bottom, shoulders and a margin wide', () => {
    expect(personRect(person, image)).toEqual({ x: 570, y: 20, width: 780, height: 1060 });
  });

  it('reaches a face width either side of the head when the shoulders are narrower or unseen', () => {
    const r = personRect({ ...person, shoulders: [] }, image);
    expect(r.x).toBe(960 - 200 - 40);
    expect(r.x + r.width).toBe(960 + 200 + 40);
  });

  it('stays inside the photo, with even sizes', () => {
    const r = personRect({ x: 150, y: 150, faceWidth: 301, shoulders: [-40, 420] }, image);
    expect(r.x).toBe(0);
    expect(r.y).toBe(0);
    expect(r.width % 2).toBe(0);
    expect(r.height % 2).toBe(0);
    expect(r.x + r.width).toBeLessThanOrEqual(image.width);
    expect(r.y + r.height).toBeLessThanOrEqual(image.height);
  });

  it('cuts that rectangle out and lays it back the share of the height lower', () => {
    expect(slumpMoveGraph(person, image, 5)).toBe(
      '[0]split[room][p];[p]crop=780:1060:570:20[person];[room][person]overlay=570:74[out]',
    );
  });

  it('also grows the person about the rectangle’s top centre when they come nearer', () => {
    // 780 × 1060 grown 10 %: 858 × 1166, its centre kept at x = 960, its top 54 px lower.
    expect(slumpMoveGraph(person, image, 5, 10)).toBe(
      '[0]split[room][p];[p]crop=780:1060:570:20,scale=858:1166[person];[room][person]overlay=531:74[out]',
    );
    // Nearer without sinking: the top stays, so the head sinks only by the growth below it.
    expect(slumpMoveGraph(person, image, 0, 20)).toContain('scale=936:1272[person];[room][person]overlay=492:20[out]');
  });
});
