/**
 * `npm run make:head-tilts -- --data DIR --out OUT [--degrees -35,-20,20,35]`: copies an
 * evaluation data set with every upright and slouched photo's head rolled sideways (the body
 * unmoved), one data set per angle, OUT/tilt<degrees>/ in the same layout; calibration photos are
 * copied as they are. Score each with `npm run eval:posture -- --data OUT/tilt<degrees>`: a
 * tilted head on an upright person is head movement, not a slump.
 *
 * The head is found by the app's own pose worker (as eval:posture finds it) and moved by ffmpeg.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ffmpeg } from '../tests/support/fake-camera.mjs';
import { leftOutNotes, readDataset, UsageError, userPath } from './eval-dataset';
import { withEvalPage } from './eval-keypoints';
import { headTiltGraph } from './head-tilt';
import { copyInto, pngIn } from './photo-files';
import { personInPhoto, type PhotoPerson } from './photo-person';

const DEFAULT_DEGREES = [-35, -20, 20, 35];

function parseDegrees(args: string[]): number[] {
  const at = args.indexOf('--degrees');
  if (at < 0) return DEFAULT_DEGREES;
  const degrees = (args[at + 1] ?? '').split(',').map(Number);
  if (degrees.length === 0 || degrees.some((d) => !Number.isFinite(d) || d === 0 || Math.abs(d) > 60))
    throw new UsageError(
      `--degrees ${args[at + 1] ?? ''}: expected a comma-separated list of angles, each 1–60° either way`,
    );
  return degrees;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const [dataAt, outAt] = [args.indexOf('--data'), args.indexOf('--out')];
  if (dataAt < 0 || !args[dataAt + 1] || outAt < 0 || !args[outAt + 1])
    throw new UsageError('usage: npm run make:head-tilts -- --data DIR --out OUT [--degrees -35,-20,20,35]');
  const dataset = readDataset(userPath(args[dataAt + 1]!));
  for (const note of leftOutNotes(dataset)) console.error(`make:head-tilts: ${note}`);
  const { subjects } = dataset;
  const out = userPath(args[outAt + 1]!);
  const degrees = parseDegrees(args);

  await withEvalPage(!args.includes('--no-build'), async (page) => {
    const setFor = (d: number) => join(out, `tilt${d}`);
    for (const d of degrees) rmSync(setFor(d), { recursive: true, force: true });
    for (const subject of subjects) {
      for (const d of degrees) copyInto(join(setFor(d), subject.name, 'calibrate'), subject.calibrate);
      for (const label of ['upright', 'slouched'] as const) {
        for (const file of subject[label]) {
          const person = await personInPhoto(page, file, 'make:head-tilts');
          if (person) for (const d of degrees) writeTilted(file, person, join(setFor(d), subject.name, label), d);
        }
      }
    }
    for (const d of degrees) console.log(`${setFor(d)}  (npm run eval:posture -- --data ${setFor(d)})`);
  });
}

/** The photo with its head rolled by `degrees`, as a PNG (no second lossy encoding) in `dir`. */
function writeTilted(file: string, person: PhotoPerson, dir: string, degrees: number): void {
  const target = pngIn(dir, file);
  const graph = headTiltGraph(person.head, person.size, degrees);
  ffmpeg(['-i', file, '-filter_complex', graph, '-map', '[out]', '-frames:v', '1', target]);
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? `make:head-tilts: ${error.message}` : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
