import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { calibrationChoices, layOutChoices, parseCount } from '../../../scripts/calibration-choices';
import { readDataset, type Subject } from '../../../scripts/eval-dataset';
import { tempDirForTest } from '../../support/temp-dir';

const subject = (calibrate: number, upright: number, slouched = 2): Subject => ({
  name: 'alice',
  calibrate: [...Array(calibrate).keys()].map((i) => `/d/alice/calibrate/c${i}.jpg`),
  upright: [...Array(upright).keys()].map((i) => `/d/alice/upright/u${i}.jpg`),
  slouched: [...Array(slouched).keys()].map((i) => `/d/alice/slouched/s${i}.jpg`),
  ignored: [],
});

describe('other choices of calibration photos', () => {
  it('makes every choice when there are few: each pooled photo calibrates or is judged, never both', () => {
    const choices = calibrationChoices(subject(2, 3), 2, 40)!;
    expect(choices).toHaveLength(10); // 5 choose 2
    expect(new Set(choices.map((c) => [...c.calibrate].sort().join()))).toHaveProperty('size', 10);
    for (const choice of choices) {
      expect(choice.calibrate).toHaveLength(2);
      expect([...choice.calibrate, ...choice.upright].sort()).toEqual(
        [...subject(2, 3).calibrate, ...subject(2, 3).upright].sort(),
      );
      expect(choice.slouched).toEqual(subject(2, 3).slouched);
    }
    expect(choices.map((c) => c.name)).toContain('alice-choice0');
    expect(choices.map((c) => c.name)).toContain('alice-choice9');
  });

  it('draws `limit` distinct choices, the same on every run, when there are more', () => {
    const first = calibrationChoices(subject(3, 13), 3, 25)!;
    expect(first).toHaveLength(25);
    expect(new Set(first.map((c) => c.calibrate.join()))).toHaveProperty('size', 25);
    expect(calibrationChoices(subject(3, 13), 3, 25)).toEqual(first);
    expect(first[0]!.name).toBe('alice-choice00');
  });

  it('leaves out a subject whose photos would all calibrate', () => {
    expect(calibrationChoices(subject(2, 1), 3, 40)).toBeNull();
    expect(calibrationChoices(subject(2, 2), 3, 40)).toHaveLength(4);
  });

  it('says which count is wrong', () => {
    expect(parseCount(['--take', '4'], '--take', 3, 1, 20)).toBe(4);
    expect(parseCount([], '--take', 3, 1, 20)).toBe(3);
    expect(() => parseCount(['--take', 'three'], '--take', 3, 1, 20)).toThrow(
      /--take three: expected a whole number from 1 to 20/,
    );
    expect(() => parseCount(['--limit', '0'], '--limit', 40, 1, 10_000)).toThrow(/--limit 0/);
  });

  it('lays the choices out as a data set eval:posture reads, replacing only its own earlier choices', () => {
    const dir = tempDirForTest('choices');
    const source = path.join(dir, 'data');
    for (const file of [
      'alice/calibrate/a.jpg',
      'alice/upright/a.jpg',
      'alice/upright/b.jpg',
      'alice/slouched/s.jpg',
    ]) {
      fs.mkdirSync(path.dirname(path.join(source, file)), { recursive: true });
      fs.writeFileSync(path.join(source, file), file);
    }
    const out = path.join(dir, 'out');
    fs.mkdirSync(path.join(out, 'alice-choice7'), { recursive: true });
    fs.mkdirSync(path.join(out, 'notes'));
    const [alice] = readDataset(source).subjects;
    layOutChoices(calibrationChoices(alice!, 1, 40)!, out);

    expect(fs.existsSync(path.join(out, 'alice-choice7'))).toBe(false);
    expect(fs.existsSync(path.join(out, 'notes'))).toBe(true);
    const made = readDataset(out).subjects;
    expect(made.map((s) => s.name)).toEqual(['alice-choice0', 'alice-choice1', 'alice-choice2']);
    // calibrate/a.jpg and upright/a.jpg share a name: both kept, the second named after its folder.
    const judged = made[2]!.upright.map((file) => fs.readFileSync(file, 'utf8')).sort();
    expect(judged).toEqual(['alice/calibrate/a.jpg', 'alice/upright/a.jpg']);
    expect(made.every((s) => s.slouched.length === 1)).toBe(true);
    const listing = JSON.parse(fs.readFileSync(path.join(out, 'choices.json'), 'utf8'));
    expect(listing['alice-choice2']).toEqual(['b.jpg']);
  });
});
