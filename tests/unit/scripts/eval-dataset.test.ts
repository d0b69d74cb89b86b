import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ignoredNote, readDataset } from '../../../scripts/eval-dataset';
import { tempDirForTest } from '../../support/temp-dir';

/** Empty files at `files` (paths relative to `dir`), their folders made as needed. */
function lay(dir: string, files: string[]): void {
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), '');
  }
}

describe('the evaluation data layout', () => {
  it('gives a clear error for a missing or malformed data folder', () => {
    const dir = tempDirForTest('eval');
    expect(() => readDataset(path.join(dir, 'nope'))).toThrow(/no such folder/);
    expect(() => readDataset(dir)).toThrow(/one folder per subject/);
    lay(dir, ['alice/upright/a.jpg']);
    expect(() => readDataset(dir)).toThrow(/alice: no images in calibrate/);
    // A macOS resource fork is not a photo.
    lay(dir, ['alice/calibrate/._c.jpg']);
    expect(() => readDataset(dir)).toThrow(/alice: no images in calibrate/);
    lay(dir, ['alice/calibrate/c.jpg']);
    expect(readDataset(dir)).toMatchObject([
      { name: 'alice', upright: [expect.stringMatching(/a\.jpg$/)], slouched: [], ignored: [] },
    ]);
  });

  it('reads subject folders that are symlinks, and skips hidden folders', () => {
    const dir = tempDirForTest('eval');
    const elsewhere = tempDirForTest('bob');
    lay(elsewhere, ['calibrate/x.png', 'slouched/x.png']);
    fs.symlinkSync(elsewhere, path.join(dir, 'bob'));
    fs.mkdirSync(path.join(dir, '.git'));
    expect(readDataset(dir)).toMatchObject([{ name: 'bob', slouched: [expect.stringMatching(/x\.png$/)] }]);
  });

  it('takes folders in any case and every image Chromium decodes, and names what it leaves out', () => {
    const dir = tempDirForTest('eval');
    lay(dir, [
      'carol/Calibrate/1.JPG',
      'carol/UPRIGHT/2.webp',
      'carol/UPRIGHT/3.jpeg',
      'carol/slouched/4.bmp',
      'carol/slouched/5.heic',
      'carol/slouched/.DS_Store',
      'carol/slumped/6.jpg',
      'carol/notes.txt',
    ]);
    const [carol] = readDataset(dir);
    const names = (paths: string[]) => paths.map((p) => path.relative(path.join(dir, 'carol'), p));
    expect(names(carol!.calibrate)).toEqual(['Calibrate/1.JPG']);
    expect(names(carol!.upright)).toEqual(['UPRIGHT/2.webp', 'UPRIGHT/3.jpeg']);
    expect(names(carol!.slouched)).toEqual(['slouched/4.bmp']);
    expect(names(carol!.ignored)).toEqual(['notes.txt', 'slouched/5.heic', 'slumped']);
    expect(ignoredNote([carol!])).toMatch(/^not used .*notes\.txt, .*5\.heic, .*slumped$/);
    lay(
      dir,
      ['carol/a', 'carol/b', 'carol/c', 'carol/d'].map((f) => `${f}.txt`),
    );
    expect(ignoredNote(readDataset(dir))).toMatch(/and 2 more$/);
  });
});
