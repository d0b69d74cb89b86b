#!/usr/bin/env node
/**
 * Writes the exercise illustrations (resources/exercises/<id>.svg): simple line figures drawn
 * from joint coordinates, one shared style, no photos. Usage: node scripts/make-exercise-art.mjs
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const out = join(dirname(fileURLToPath(import.meta.url)), '../resources/exercises');
const FLOOR = 140;

/** head: [x, y]; lines: polylines as flat [x, y, x, y, …]; props: extra shapes (chair, wall, desk). */
const poses = {
  pelvicCurl: {
    head: [40, 122],
    lines: [
      [52, 126, 110, 100, 140, 80, 160, 138],
      [60, 130, 95, 136],
    ],
    props: [],
  },
  chestLift: {
    head: [52, 104],
    lines: [
      [62, 112, 110, 132, 140, 96, 165, 138],
      [58, 100, 48, 94],
    ],
    props: [],
  },
  seatedSpineTwist: {
    head: [110, 40],
    lines: [
      [110, 52, 110, 96, 140, 96, 140, 138],
      [86, 66, 110, 62, 136, 72],
    ],
    props: ['chair'],
  },
  birdDog: {
    head: [48, 64],
    lines: [
      [60, 72, 130, 74, 190, 70],
      [70, 74, 70, 138],
      [130, 74, 130, 138],
      [62, 70, 18, 62],
    ],
    props: [],
  },
  superman: {
    head: [60, 118],
    lines: [
      [72, 124, 150, 128, 200, 118],
      [66, 120, 22, 108],
    ],
    props: [],
  },
  bridge: {
    head: [40, 128],
    lines: [
      [50, 130, 110, 96, 150, 84, 168, 138],
      [54, 134, 96, 138],
    ],
    props: [],
  },
  plank: {
    head: [42, 92],
    lines: [
      [54, 98, 196, 130],
      [58, 100, 58, 138, 80, 138],
    ],
    props: [],
  },
  sidePlank: {
    head: [46, 70],
    lines: [
      [56, 80, 196, 134],
      [60, 84, 60, 138],
      [62, 82, 84, 40],
    ],
    props: [],
  },
  shoulderBladeSqueeze: {
    head: [110, 38],
    lines: [
      [110, 50, 110, 96, 140, 96, 140, 138],
      [92, 84, 96, 62, 110, 58, 124, 62, 128, 84],
    ],
    props: ['chair'],
  },
  chinTuck: {
    head: [104, 38],
    lines: [
      [110, 50, 110, 96, 140, 96, 140, 138],
      [110, 62, 96, 90],
      [110, 62, 124, 90],
    ],
    props: ['chair', 'arrow'],
  },
  marchInPlace: {
    head: [110, 26],
    lines: [
      [110, 38, 110, 88, 110, 138],
      [110, 88, 134, 96, 130, 122],
      [110, 50, 90, 72],
      [110, 50, 130, 40],
    ],
    props: [],
  },
  powerWalk: {
    head: [112, 26],
    lines: [
      [110, 38, 106, 88, 84, 138],
      [106, 88, 132, 138],
      [110, 50, 132, 70],
      [110, 50, 88, 70],
    ],
    props: [],
  },
  wallAngels: {
    head: [110, 32],
    lines: [
      [110, 44, 110, 92, 100, 138],
      [110, 92, 120, 138],
      [110, 54, 84, 52, 80, 26],
      [110, 54, 136, 52, 140, 26],
    ],
    props: ['wall'],
  },
};

const propShapes = {
  chair: '<path d="M96 96 H150 M150 96 V138 M100 96 V138 M96 96 V50" class="prop"/>',
  wall: '<path d="M70 12 V140" class="prop" stroke-dasharray="4 4"/>',
  arrow: '<path d="M84 38 H70 M76 32 L70 38 L76 44" class="accent"/>',
};

const polyline = (pts) => `<polyline points="${pts.join(' ')}" class="body"/>`;
for (const [id, pose] of Object.entries(poses)) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 220 160" width="220" height="160">
<style>.body{fill:none;stroke:#1f6f5c;stroke-width:9;stroke-linecap:round;stroke-linejoin:round}.prop{fill:none;stroke:#8a94a3;stroke-width:4;stroke-linecap:round}.accent{fill:none;stroke:#c05a00;stroke-width:4;stroke-linecap:round;stroke-linejoin:round}.floor{stroke:#8a94a3;stroke-width:3}</style>
<line x1="8" y1="${FLOOR + 2}" x2="212" y2="${FLOOR + 2}" class="floor"/>
${pose.props.map((p) => propShapes[p]).join('\n')}
${pose.lines.map(polyline).join('\n')}
<circle cx="${pose.head[0]}" cy="${pose.head[1]}" r="11" fill="#1f6f5c"/>
</svg>
`;
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, `${id}.svg`), svg);
}
console.log(`wrote ${Object.keys(poses).length} illustrations to ${out}`);
