/** The evaluation data layout: DIR/<subject>/{calibrate,upright,slouched}/*.jpg|png. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** What Chromium decodes; .jpg and .png are the layout's, the rest are taken rather than lost. */
const IMAGE = /\.(jpe?g|jfif|png|webp|avif|bmp)$/i;
const FOLDERS = ['calibrate', 'upright', 'slouched'] as const;
type Folder = (typeof FOLDERS)[number];

export class UsageError extends Error {}

export interface Subject {
  name: string;
  calibrate: string[];
  upright: string[];
  slouched: string[];
  /** Files and folders in the subject's folder that are not used, so a run can say so. */
  ignored: string[];
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // a dangling symlink
  }
}

// Dotfiles (macOS "._photo.jpg" resource forks, .DS_Store, editor backups) are neither used nor
// worth a word; hidden folders (.git, macOS metadata) are not subjects.
const visible = (dir: string) =>
  readdirSync(dir)
    .filter((name) => !name.startsWith('.'))
    .sort();

function readSubject(dir: string, name: string): Subject {
  const subject: Subject = { name, calibrate: [], upright: [], slouched: [], ignored: [] };
  for (const entry of visible(dir)) {
    const path = join(dir, entry);
    // Folder names are matched whatever their case ("Upright/" from another system).
    const folder = FOLDERS.find((f) => f === entry.toLowerCase()) as Folder | undefined;
    if (!folder || !isFolder(path)) {
      subject.ignored.push(path);
      continue;
    }
    for (const file of visible(path)) {
      const photo = join(path, file);
      (IMAGE.test(file) && !isFolder(photo) ? subject[folder] : subject.ignored).push(photo);
    }
  }
  return subject;
}

/** Reads and checks the layout; every problem is named with its path. */
export function readDataset(dir: string): Subject[] {
  if (!existsSync(dir)) throw new UsageError(`--data ${dir}: no such folder`);
  if (!statSync(dir).isDirectory()) throw new UsageError(`--data ${dir}: not a folder`);
  const subjects = visible(dir)
    // A subject folder may be a symlink (a data set assembled from elsewhere).
    .filter((name) => isFolder(join(dir, name)))
    .map((name) => readSubject(join(dir, name), name));
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

/** One line naming what a run leaves out, so a photo in the wrong place is not lost unseen. */
export function ignoredNote(subjects: readonly Subject[]): string | null {
  const ignored = subjects.flatMap((s) => s.ignored);
  if (ignored.length === 0) return null;
  const shown = ignored.slice(0, 5).join(', ');
  const more = ignored.length > 5 ? ` and ${ignored.length - 5} more` : '';
  return `not used (only images in <subject>/calibrate, upright and slouched are): ${shown}${more}`;
}
