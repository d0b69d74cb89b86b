import fs from 'node:fs';
import path from 'node:path';

export interface JsonReadResult {
  /** The parsed content, or undefined when the file is absent or was unreadable. */
  value: unknown;
  /** Where an unreadable file was moved, so nothing the person had is lost. */
  backupPath: string | null;
  error: string | null;
}

/** A file name for the backup of a bad file, next to it, that sorts by time. */
export function backupPathFor(filePath: string, now: Date): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const { dir, name, ext } = path.parse(filePath);
  return path.join(dir, `${name}.corrupt-${stamp}${ext}`);
}

/**
 * Reads a JSON file. A file that cannot be parsed is moved aside to a timestamped backup (never
 * deleted) and reported, so the caller can start from defaults and tell the person once.
 */
export function readJsonFileOrBackUp(filePath: string, now: Date): JsonReadResult {
  let text: string;
  try {
    text = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { value: undefined, backupPath: null, error: null };
    return { value: undefined, backupPath: null, error: `cannot read ${filePath}: ${(error as Error).message}` };
  }
  try {
    return { value: JSON.parse(text) as unknown, backupPath: null, error: null };
  } catch (error) {
    const backupPath = backupPathFor(filePath, now);
    fs.renameSync(filePath, backupPath);
    return {
      value: undefined,
      backupPath,
      error: `${path.basename(filePath)} is not valid JSON (${(error as Error).message})`,
    };
  }
}

/** A sentence for the one-time notice when the read went wrong (null when it did not). */
export function readProblem(read: JsonReadResult): string | null {
  return read.backupPath ? `${read.error}; the old file was kept as ${read.backupPath}` : read.error;
}

/** Copies a file aside before it is rewritten with repaired content. */
export function copyToBackup(filePath: string, now: Date): string | null {
  if (!fs.existsSync(filePath)) return null;
  const backupPath = backupPathFor(filePath, now);
  fs.copyFileSync(filePath, backupPath);
  return backupPath;
}

/**
 * Writes JSON so that a crash mid-write leaves either the old or the new file, never half of
 * one: write a sibling temp file, flush it, then rename over the target.
 */
export function writeJsonFileAtomic(filePath: string, value: unknown): void {
  fs.mkdirSync(path.dirname(filePath), { recursive: true });
  const temp = `${filePath}.${process.pid}.tmp`;
  const fd = fs.openSync(temp, 'w');
  try {
    fs.writeFileSync(fd, `${JSON.stringify(value, null, 2)}\n`);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    fs.renameSync(temp, filePath);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
}
