/**
 * `npm run make:slump-moves -- --data DIR --out OUT [--percent 3,5,8,12] [--nearer N]`: for each
 * share of the picture's height, a data set OUT/lower<percent>/ whose slouched/ photos are the
 * upright photos of DIR with only the person moved that much lower (the room left in place), each
 * subject calibrated on its calibrate/ photos as they are. With `--nearer N` the person is also
 * N % larger, as if they leant in (OUT/nearer<N>-lower<percent>/; `--percent 0` then leans in
 * without sinking). Score each with `npm run eval:posture -- --data OUT/…`: its slouch recall is
 * the share of slumps of that size caught, beside the peer rules'.
 *
 * The person is found by the app's own pose worker (as eval:posture finds them) and moved by ffmpeg.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ffmpeg } from '../tests/support/fake-camera.mjs';
import { leftOutNotes, readDataset, UsageError, userPath } from './eval-dataset';
import { withEvalPage } from './eval-keypoints';
import { copyInto, pngIn } from './photo-files';
import { personPlacement } from './photo-person';
import { slumpMoveGraph } from './slump-move';

const DEFAULT_PERCENT = [3, 5, 8, 12];
const USAGE = 'usage: npm run make:slump-moves -- --data DIR --out OUT [--percent 3,5,8,12] [--nearer N]';

/** `--nearer N`: the person also N % larger (0 without it; 1–50). */
function parseNearer(args: string[]): number {
  const at = args.indexOf('--nearer');
  if (at < 0) return 0;
  const nearer = Number(args[at + 1]);
  if (!Number.isFinite(nearer) || nearer < 1 || nearer > 50)
    throw new UsageError(`--nearer ${args[at + 1] ?? ''}: expected how much larger the person comes, 1–50 (%)`);
  return nearer;
}

/** The shares of the height to move by; 0 (not lower at all) only where the person also comes nearer. */
function parsePercent(args: string[], nearer: number): number[] {
  const at = args.indexOf('--percent');
  if (at < 0) return DEFAULT_PERCENT;
  const percent = (args[at + 1] ?? '').split(',').map(Number);
  const tooLow = (p: number) => (nearer > 0 ? p < 0 : p <= 0);
  if (percent.some((p) => !Number.isFinite(p) || tooLow(p) || p > 30))
    throw new UsageError(
      `--percent ${args[at + 1] ?? ''}: expected a comma-separated list of shares of the height, each over 0 (or 0 with --nearer) and at most 30`,
    );
  return percent;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const [dataAt, outAt] = [args.indexOf('--data'), args.indexOf('--out')];
  if (dataAt < 0 || !args[dataAt + 1] || outAt < 0 || !args[outAt + 1]) throw new UsageError(USAGE);
  const nearer = parseNearer(args);
  const percent = parsePercent(args, nearer);
  const dataset = readDataset(userPath(args[dataAt + 1]!));
  for (const note of leftOutNotes(dataset)) console.error(`make:slump-moves: ${note}`);
  const out = userPath(args[outAt + 1]!);

  await withEvalPage(!args.includes('--no-build'), async (page) => {
    const setFor = (p: number) => join(out, nearer > 0 ? `nearer${nearer}-lower${p}` : `lower${p}`);
    for (const p of percent) rmSync(setFor(p), { recursive: true, force: true });
    for (const subject of dataset.subjects) {
      for (const p of percent) copyInto(join(setFor(p), subject.name, 'calibrate'), subject.calibrate);
      for (const file of subject.upright) {
        const person = await personPlacement(page, file, 'make:slump-moves');
        if (!person) continue;
        for (const p of percent) {
          const graph = slumpMoveGraph(person.placement, person.size, p, nearer);
          const target = pngIn(join(setFor(p), subject.name, 'slouched'), file);
          ffmpeg(['-i', file, '-filter_complex', graph, '-map', '[out]', '-frames:v', '1', target]);
        }
      }
    }
    for (const p of percent) console.log(`${setFor(p)}  (npm run eval:posture -- --data ${setFor(p)})`);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? `make:slump-moves: ${error.message}` : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
