/**
 * `npm run make:plain-wall -- --data DIR --out OUT`: a copy of an evaluation data set with each
 * photo's surroundings painted as a bare wall, the person left as they are: the same people in a
 * bare room, where the place fingerprint has little but the person to recognise the place by.
 * Every photo is painted, calibration photos too; one with no person found is written unpainted
 * (said on stderr). Score it with `npm run eval:posture -- --data OUT`, or make slumps from it
 * with `npm run make:slump-moves -- --data OUT …`.
 *
 * The person must be one the app's own pose worker finds (as eval:posture finds them); the
 * outline painted round is MediaPipe's selfie segmentation's (person-outline.ts), the wall lit
 * as a room lights one (bare-wall.ts).
 */
import { rmSync } from 'node:fs';
import { basename, isAbsolute, join, relative } from 'node:path';
import { ffmpeg } from '../tests/support/fake-camera.mjs';
import { paintBareWall, personCoverage, seededNoise, seedOf } from './bare-wall';
import { leftOutNotes, readDataset, UsageError, userPath } from './eval-dataset';
import { withEvalPage } from './eval-keypoints';
import { photoRgb, pngIn, writeRgbPng } from './photo-files';
import { personSegmenter, type PersonSegmenter } from './person-outline';
import { personInPhoto } from './photo-person';

const USAGE = 'usage: npm run make:plain-wall -- --data DIR --out OUT';
const FOLDERS = ['calibrate', 'upright', 'slouched'] as const;
/** An outline covering less of the photo than this is no person (the segmenter saw none). */
const MIN_COVERAGE = 0.01;

/** The photo painted round the person's outline; null (said on stderr) when the segmenter sees no one. */
function paintedPhoto(file: string, size: { width: number; height: number }, outline: PersonSegmenter) {
  const likely = outline(file, size);
  if (personCoverage(likely) < MIN_COVERAGE) {
    console.error(`make:plain-wall: no outline of the person in ${file}: written unpainted`);
    return null;
  }
  const rgb = photoRgb(file, size.width, size.height);
  return paintBareWall(rgb, likely, size.width, size.height, seededNoise(seedOf(basename(file))));
}

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
  const outline = await personSegmenter();

  await withEvalPage(!args.includes('--no-build'), async (page) => {
    for (const subject of dataset.subjects) {
      for (const folder of FOLDERS) {
        for (const file of subject[folder]) {
          const person = await personInPhoto(page, file, 'make:plain-wall');
          const painted = person && paintedPhoto(file, person.size, outline);
          const target = pngIn(join(out, subject.name, folder), file);
          if (painted) writeRgbPng(target, painted, person.size.width, person.size.height);
          else {
            if (!person) console.error(`make:plain-wall: ${file} written unpainted`);
            ffmpeg(['-i', file, '-frames:v', '1', target]);
          }
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
