/**
 * `npm run make:plain-wall -- --data DIR --out OUT`: a copy of an evaluation data set with each
 * photo's surroundings painted one wall colour, the person left as they are: the same people
 * before a bare wall, where the place fingerprint has only the person to recognise the place by.
 * Every photo is painted, calibration photos too; one with no person found is written unpainted
 * (said on stderr). Score it with `npm run eval:posture -- --data OUT`, or make slumps from it
 * with `npm run make:slump-moves -- --data OUT …`.
 *
 * The person is found by the app's own pose worker (as eval:posture finds them) and the wall
 * painted by ffmpeg.
 */
import { rmSync } from 'node:fs';
import { isAbsolute, join, relative } from 'node:path';
import { ffmpeg } from '../tests/support/fake-camera.mjs';
import { leftOutNotes, readDataset, UsageError, userPath } from './eval-dataset';
import { withEvalPage } from './eval-keypoints';
import { pngIn } from './photo-files';
import { personPlacement } from './photo-person';
import { plainWallGraph } from './slump-move';

const USAGE = 'usage: npm run make:plain-wall -- --data DIR --out OUT';
const FOLDERS = ['calibrate', 'upright', 'slouched'] as const;

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const [dataAt, outAt] = [args.indexOf('--data'), args.indexOf('--out')];
  if (dataAt < 0 || !args[dataAt + 1] || outAt < 0 || !args[outAt + 1]) throw new UsageError(USAGE);
  const [data, out] = [userPath(args[dataAt + 1]!), userPath(args[outAt + 1]!)];
  // Each subject's folder in OUT is made afresh: OUT inside DIR would paint over the photos.
  const inside = relative(data, out);
  if (!inside || (!inside.startsWith('..') && !isAbsolute(inside)))
    throw new UsageError(`--out ${out}: must be outside the data set ${data}`);
  const dataset = readDataset(data);
  for (const note of leftOutNotes(dataset)) console.error(`make:plain-wall: ${note}`);
  for (const subject of dataset.subjects) rmSync(join(out, subject.name), { recursive: true, force: true });

  await withEvalPage(!args.includes('--no-build'), async (page) => {
    for (const subject of dataset.subjects) {
      for (const folder of FOLDERS) {
        for (const file of subject[folder]) {
          const target = pngIn(join(out, subject.name, folder), file);
          const person = await personPlacement(page, file, 'make:plain-wall');
          const graph = person ? plainWallGraph(person.placement, person.size) : '[0]null[out]';
          ffmpeg(['-i', file, '-filter_complex', graph, '-map', '[out]', '-frames:v', '1', target]);
        }
      }
    }
  });
  console.log(`${out}  (npm run eval:posture -- --data ${out})`);
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? `make:plain-wall: ${error.message}` : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
