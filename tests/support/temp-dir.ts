/** Scratch folders for tests that need real files: each is removed when its test or file is done. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

const make = (prefix: string) => mkdtempSync(join(tmpdir(), `stand-tall-${prefix}-`));
const remove = (dir: string) => rmSync(dir, { recursive: true, force: true });

/** A folder removed when the calling test finishes (call it inside `it`). */
export function tempDirForTest(prefix: string): string {
  const dir = make(prefix);
  onTestFinished(() => remove(dir));
  return dir;
}

/** A folder removed after the test file's last test (call it at the top level or in `describe`). */
export function tempDirForFile(prefix: string): string {
  const dir = make(prefix);
  afterAll(() => remove(dir));
  return dir;
}
