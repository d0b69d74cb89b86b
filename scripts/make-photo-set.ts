/**
 * `npm run make:photo-set -- --photo FILE --out OUT [--name NAME]`: makes one person's evaluation
 * data set from a single photo of them sitting tall: OUT/NAME/calibrate (3 photos) and
 * OUT/NAME/upright (10), each a variation a webcam's frames vary by (photo-variations.ts), at the
 * photo's own size. NAME defaults to the photo's file name. Score it with `npm run eval:posture
 * -- --data OUT`, or tilt and move it with make:head-tilts and make:slump-moves.
 */
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { ffmpeg } from '../tests/support/fake-camera.mjs';
import { option, UsageError, userPath } from './eval-dataset';
import { imageSize } from './photo-files';
import { PHOTO_SET, variationFilter } from './photo-variations';

const USAGE = 'usage: npm run make:photo-set -- --photo FILE --out OUT [--name NAME]';

function main(): void {
  const args = process.argv.slice(2);
  const [photoArg, outArg] = [option(args, '--photo', USAGE), option(args, '--out', USAGE)];
  if (!photoArg || !outArg) throw new UsageError(USAGE);
  const photo = userPath(photoArg);
  if (!existsSync(photo)) throw new UsageError(`--photo ${photo}: no such file`);
  const name = option(args, '--name', USAGE) ?? basename(photo, extname(photo));
  if (!/^[\w.-]+$/.test(name)) throw new UsageError(`--name ${name}: letters, digits, '.', '-' and '_' only`);
  const { width, height } = imageSize(photo);
  const subject = join(userPath(outArg), name);
  rmSync(subject, { recursive: true, force: true });
  for (const [folder, variations] of Object.entries(PHOTO_SET)) {
    mkdirSync(join(subject, folder), { recursive: true });
    for (const v of variations)
      ffmpeg([
        '-i',
        photo,
        '-vf',
        variationFilter(v, width, height),
        '-q:v',
        String(v.quality),
        join(subject, folder, v.name),
      ]);
  }
  console.log(`${subject}  (npm run eval:posture -- --data ${userPath(outArg)})`);
}

try {
  main();
} catch (error: unknown) {
  console.error(error instanceof UsageError ? `make:photo-set: ${error.message}` : error);
  process.exit(error instanceof UsageError ? 2 : 1);
}
