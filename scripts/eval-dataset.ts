/** The evaluation data layout: DIR/<subject>/{calibrate,upright,slouched}/*.jpg|png. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const IMAGE = /\.(jpe?g|png)$/i;

export class UsageError extends Error {}

export interface Subject {
  name: string;
  calibrate: string[];
  upright: string[];
  slouched: string[];
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // a dangling symlink
  }
}

function images(dir: string): string[] {
  if (!isFolder(dir)) return [];
  return (
    readdirSync(dir)
      // Dotfiles (macOS "._photo.jpg" resource forks, editor backups) are not photos.
      .filter((f) => IMAGE.test(f) && !f.startsWith('.'))
      .sort()
      .map((f) => join(dir, f))
  );
}

/** Reads and checks the layout; every problem is named with its path. */
export function readDataset(dir: string): Subject[] {
  if (!existsSync(dir)) throw new UsageError(`--data ${dir}: no such folder`);
  if (!statSync(dir).isDirectory()) throw new UsageError(`--data ${dir}: not a folder`);
  const subjects = readdirSync(dir)
    // A subject folder may be a symlink (a data set assembled from elsewhere); hidden folders
    // (.git, macOS metadata) are not subjects.
    .filter((name) => !name.startsWith('.') && isFolder(join(dir, name)))
    .sort()
    .map((name) => ({
      name,
      calibrate: images(join(dir, name, 'calibrate')),
      upright: images(join(dir, name, 'upright')),
      slouched: images(join(dir, name, 'slouched')),
    }));
  if (subjects.length === 0)
    throw new UsageError(`--data ${dir}: expected one folder per subject (DIR/<subject>/calibrate|upright|slouched)`);
  for (const s of subjects) {
    if (s.calibrate.length === 0)
      throw new UsageError(`${join(dir, s.name)}: no images in calibrate/ (needed to calibrate this subject)`);
    if (s.upright.length + s.slouched.length === 0)
      throw new UsageError(`${join(dir, s.name)}: no images in upright/ or slouched/`);
  }
  return subjects;
}
