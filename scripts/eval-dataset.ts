/** The evaluation data layout: DIR/<subject>/{calibrate,upright,slouched}/*.jpg|png. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What Chromium decodes; .jpg and .png are the layout's, the rest are taken rather than lost. */
const IMAGE = /\.(jpe?g|jfif|png|webp|avif|bmp)$/i;
const FOLDERS = ['calibrate', 'upright', 'slouched'] as const;
type Folder = (typeof FOLDERS)[number];

export class UsageError extends Error {}

/**
 * The values after `flag` up to the next flag (several files, as a shell glob gives them);
 * undefined without the flag. A flag without a value is a usage error, told with `usage`.
 */
export function options(args: readonly string[], flag: string, usage: string): string[] | undefined {
  const at = args.indexOf(flag);
  if (at < 0) return undefined;
  const rest = args.slice(at + 1);
  const end = rest.findIndex((arg) => arg.startsWith('--'));
  const values = end < 0 ? rest : rest.slice(0, end);
  if (values.length === 0) throw new UsageError(usage);
  return values;
}

/** The value after `flag`, undefined without the flag; a flag without a value is a usage error. */
export function option(args: readonly string[], flag: string, usage: string): string | undefined {
  return options(args, flag, usage)?.[0];
}

/**
 * A path the user typed, made absolute against the folder they typed it in: `npm run` starts
 * the script in the package's root, wherever it was called from (npm keeps that in INIT_CWD).
 */
export function userPath(path: string, env: NodeJS.ProcessEnv = process.env): string {
  return resolve(env.INIT_CWD ?? process.cwd(), path);
}

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

/** Which of the layout's folders `entry` names, matched whatever its case ("Upright/" from another system). */
const layoutFolder = (entry: string) => FOLDERS.find((f) => f === entry.toLowerCase()) as Folder | undefined;

function readSubject(dir: string, name: string): Subject {
  const subject: Subject = { name, calibrate: [], upright: [], slouched: [], ignored: [] };
  for (const entry of visible(dir)) {
    const path = join(dir, entry);
    const folder = layoutFolder(entry);
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

/**
 * A data set as read: its subjects and what it leaves out. A subject is a folder holding
 * calibrate/, upright/ or slouched/; one without calibration photos is kept (its photos cannot be
 * judged, and each caller says how it counts them), one without photos to classify is not.
 */
export interface DataSet {
  subjects: Subject[];
  /** Folders holding none of calibrate/, upright/ or slouched/ (a `__MACOSX/` from a zip, notes). */
  notSubjects: string[];
  /** Subject folders with no photo in upright/ or slouched/: nothing to classify. */
  nothingToClassify: string[];
}

const hasLayoutFolder = (dir: string) =>
  visible(dir).some((entry) => layoutFolder(entry) && isFolder(join(dir, entry)));

/**
 * Reads the layout. Every problem that leaves nothing to score is an error naming its path;
 * anything less (a stray folder, a subject without photos) is left out and listed, so one flaw
 * in a large data set neither stops the run nor goes unseen.
 */
export function readDataset(dir: string): DataSet {
  if (!existsSync(dir)) throw new UsageError(`--data ${dir}: no such folder`);
  if (!statSync(dir).isDirectory()) throw new UsageError(`--data ${dir}: not a folder`);
  if (hasLayoutFolder(dir))
    throw new UsageError(
      `--data ${dir}: this is one subject's folder (it holds calibrate/, upright/ or slouched/); pass the folder that holds the subjects' folders`,
    );
  // A subject folder may be a symlink (a data set assembled from elsewhere).
  const folders = visible(dir).filter((name) => isFolder(join(dir, name)));
  const isSubject = new Map(folders.map((name) => [name, hasLayoutFolder(join(dir, name))]));
  const notSubjects = folders.filter((name) => !isSubject.get(name)).map((name) => join(dir, name));
  const read = folders.filter((name) => isSubject.get(name)).map((name) => readSubject(join(dir, name), name));
  const subjects = read.filter((s) => s.upright.length + s.slouched.length > 0);
  if (subjects.length === 0)
    throw new UsageError(
      read.length === 0
        ? `--data ${dir}: expected one folder per subject (DIR/<subject>/calibrate|upright|slouched)`
        : `--data ${dir}: no images in any subject's upright/ or slouched/ (nothing to classify)`,
    );
  const nothingToClassify = read.filter((s) => !subjects.includes(s)).map((s) => join(dir, s.name));
  return { subjects, notSubjects, nothingToClassify };
}

/** Lines naming what a run leaves out, so a photo in the wrong place is not lost unseen. */
export function leftOutNotes(data: DataSet): string[] {
  const list = (paths: string[]) =>
    paths.slice(0, 5).join(', ') + (paths.length > 5 ? ` and ${paths.length - 5} more` : '');
  const ignored = data.subjects.flatMap((s) => s.ignored);
  return [
    ignored.length > 0 && `not used (only images in <subject>/calibrate, upright and slouched are): ${list(ignored)}`,
    data.notSubjects.length > 0 &&
      `not subjects (no calibrate/, upright/ or slouched/ in them): ${list(data.notSubjects)}`,
    data.nothingToClassify.length > 0 &&
      `no images in upright/ or slouched/, nothing to classify: ${list(data.nothingToClassify)}`,
  ].filter((line): line is string => typeof line === 'string');
}
