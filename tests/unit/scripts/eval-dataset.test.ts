import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { leftOutNotes, readDataset, userPath } from '../../../scripts/eval-dataset';
import { tempDirForTest } from '../../support/temp-dir';

/** Empty files at `files` (paths relative to `dir`), their folders made as needed. */
function lay(dir: string, files: string[]): void {
  for (const file of files) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), '');
  }
}

describe('the evaluation data layout', () => {
  it('gives a clear error for a data folder with nothing to score', () => {
    const dir = tempDirForTest('eval');
    expect(() => readDataset(path.join(dir, 'nope'))).toThrow(/no such folder/);
    expect(() => readDataset(dir)).toThrow(/one folder per subject/);
    lay(dir, ['notes/readme.txt']);
    expect(() => readDataset(dir)).toThrow(/one folder per subject/);
    lay(dir, ['alice/calibrate/c.jpg']);
    expect(() => readDataset(dir)).toThrow(
      /no images in any subject's upright\/ or slouched\/ \(nothing to classify\)/,
    );
    // One subject's folder given for the data set's: its parent is meant.
    expect(() => readDataset(path.join(dir, 'alice'))).toThrow(/alice: this is one subject's folder/);
  });

  it('keeps a subject without calibration photos, and leaves out and names folders that are not subjects', () => {
    const dir = tempDirForTest('eval');
    lay(dir, [
      'alice/upright/a.jpg',
      // A macOS resource fork is not a photo, and a zip's __MACOSX folder is not a subject.
      'alice/calibrate/._c.jpg',
      '__MACOSX/alice/upright/._a.jpg',
      'bob/calibrate/b.jpg',
      'carol/calibrate/c.jpg',
      'carol/slouched/s.png',
    ]);
    const data = readDataset(dir);
    expect(data.subjects).toMatchObject([
      { name: 'alice', calibrate: [], upright: [expect.stringMatching(/a\.jpg$/)], slouched: [], ignored: [] },
      { name: 'carol', calibrate: [expect.stringMatching(/c\.jpg$/)], slouched: [expect.stringMatching(/s\.png$/)] },
    ]);
    expect(data.notSubjects).toEqual([path.join(dir, '__MACOSX')]);
    expect(data.nothingToClassify).toEqual([path.join(dir, 'bob')]);
    expect(leftOutNotes(data)).toEqual([
      `not subjects (no calibrate/, upright/ or slouched/ in them): ${path.join(dir, '__MACOSX')}`,
      `no images in upright/ or slouched/, nothing to classify: ${path.join(dir, 'bob')}`,
    ]);
  });

  it('reads subject folders that are symlinks, and skips hidden folders', () => {
    const dir = tempDirForTest('eval');
    const elsewhere = tempDirForTest('bob');
    lay(elsewhere, ['calibrate/x.png', 'slouched/x.png']);
    fs.symlinkSync(elsewhere, path.join(dir, 'bob'));
    fs.mkdirSync(path.join(dir, '.git'));
    expect(readDataset(dir).subjects).toMatchObject([{ name: 'bob', slouched: [expect.stringMatching(/x\.png$/)] }]);
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
    const data = readDataset(dir);
    const [carol] = data.subjects;
    const names = (paths: string[]) => paths.map((p) => path.relative(path.join(dir, 'carol'), p));
    expect(names(carol!.calibrate)).toEqual(['Calibrate/1.JPG']);
    expect(names(carol!.upright)).toEqual(['UPRIGHT/2.webp', 'UPRIGHT/3.jpeg']);
    expect(names(carol!.slouched)).toEqual(['slouched/4.bmp']);
    expect(names(carol!.ignored)).toEqual(['notes.txt', 'slouched/5.heic', 'slumped']);
    expect(leftOutNotes(data)).toEqual([expect.stringMatching(/^not used .*notes\.txt, .*5\.heic, .*slumped$/)]);
    lay(
      dir,
      ['carol/a', 'carol/b', 'carol/c', 'carol/d'].map((f) => `${f}.txt`),
    );
    expect(leftOutNotes(readDataset(dir))).toEqual([expect.stringMatching(/and 2 more$/)]);
  });

  it('takes a relative path from the folder the user typed it in, not the package root npm starts in', () => {
    const dir = tempDirForTest('eval-cwd');
    expect(userPath('photos', { INIT_CWD: dir })).toBe(path.join(dir, 'photos'));
    expect(userPath('../photos', { INIT_CWD: path.join(dir, 'sub') })).toBe(path.join(dir, 'photos'));
    expect(userPath('/abs/photos', { INIT_CWD: dir })).toBe('/abs/photos');
    // Run without npm (npx tsx): the process's own folder.
    expect(userPath('photos', {})).toBe(path.resolve('photos'));
  });
});
