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
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { postureFeatures } from '../src/core/posture/features';
import { ffmpeg } from '../tests/support/fake-camera.mjs';
import { leftOutNotes, readDataset, UsageError } from './eval-dataset';
import { keypointsOf, UnreadableImageError, withEvalPage } from './eval-keypoints';
import { headTiltGraph, type HeadPlacement } from './head-tilt';
import { copyInto, imageSize, pngIn } from './photo-files';

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
  const dataset = readDataset(resolve(args[dataAt + 1]!));
  for (const note of leftOutNotes(dataset)) console.error(`make:head-tilts: ${note}`);
  const { subjects } = dataset;
  const out = resolve(args[outAt + 1]!);
  const degrees = parseDegrees(args);

  await withEvalPage(!args.includes('--no-build'), async (page) => {
    const setFor = (d: number) => join(out, `tilt${d}`);
    for (const d of degrees) rmSync(setFor(d), { recursive: true, force: true });
    for (const subject of subjects) {
      for (const d of degrees) copyInto(join(setFor(d), subject.name, 'calibrate'), subject.calibrate);
      for (const label of ['upright', 'slouched'] as const) {
        for (const file of subject[label]) {
          const head = await headOf(page, file);
          if (head) for (const d of degrees) writeTilted(file, head, join(setFor(d), subject.name, label), d);
        }
      }
    }
    for (const d of degrees) console.log(`${setFor(d)}  (npm run eval:posture -- --data ${setFor(d)})`);
  });
}

/** The photo with its head rolled by `degrees`, as a PNG (no second lossy encoding) in `dir`. */
function writeTilted(file: string, head: Head, dir: string, degrees: number): void {
  const target = pngIn(dir, file);
  const graph = headTiltGraph(head.placement, head.size, degrees);
  ffmpeg(['-i', file, '-filter_complex', graph, '-map', '[out]', '-frames:v', '1', target]);
}

interface Head {
  placement: HeadPlacement;
  size: { width: number; height: number };
}

/** The head's place in the photo's own pixels; null (said on stderr) when it cannot be found or moved. */
async function headOf(page: Page, file: string): Promise<Head | null> {
  const skip = (why: string) => {
    console.error(`make:head-tilts: skipped ${file}: ${why}`);
    return null;
  };
  let sample;
  try {
    sample = await keypointsOf(page, file);
  } catch (error) {
    if (error instanceof UnreadableImageError) return skip('not a readable image');
    throw error;
  }
  if (!sample) return skip('no person found');
  const size = imageSize(file);
  // ffmpeg ignores an EXIF rotation that the page honoured: the head would be looked for sideways.
  if (size.width > size.height !== sample.frameWidth > sample.frameHeight)
    return skip('rotated by its EXIF orientation');
  const features = postureFeatures(sample);
  if (features.headX === null || features.headY === null || !features.faceWidth)
    return skip('no face to place the head');
  const scale = size.width / sample.frameWidth;
  const placement: HeadPlacement = {
    x: features.headX * size.width,
    y: features.headY * size.height,
    faceWidth: features.faceWidth * scale,
  };
  return { placement, size };
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? `make:head-tilts: ${error.message}` : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
