import { expect, test } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astronautPhoto, ffmpeg } from '../support/fake-camera.mjs';
import { runScript } from '../support/pose-page';

/** `npm run eval:posture` as a user runs it. */
const evalPosture = (...args: string[]) => runScript('eval-posture', ...args);

function put(dir: string, subject: string, part: string, files: Record<string, string>) {
  mkdirSync(join(dir, subject, part), { recursive: true });
  for (const [name, from] of Object.entries(files)) copyFileSync(from, join(dir, subject, part, name));
}

test.describe('eval:posture', () => {
  let data: string;
  test.beforeAll(() => {
    data = mkdtempSync(join(tmpdir(), 'stand-tall-eval-'));
  });
  test.afterAll(() => rmSync(data, { recursive: true, force: true }));

  test('scores each subject and the peer rules, with the real model, and ends with one JSON line', async () => {
    test.setTimeout(150_000);
    const [upright, slumped] = [astronautPhoto(), astronautPhoto(true)];
    put(data, 'astronaut', 'calibrate', { 'a.png': upright, 'b.png': upright });
    put(data, 'astronaut', 'upright', { 'sitting-tall.png': upright });
    put(data, 'astronaut', 'slouched', { 'slumped.png': slumped });
    // Only upright photos: its slouch recall has nothing to be measured on.
    put(data, 'upright-only', 'calibrate', { 'a.png': upright });
    put(data, 'upright-only', 'upright', { 'sitting-tall.png': upright });
    // The same photo as WebP (taken, though the layout names JPEG and PNG), a file that is no
    // image, a macOS resource fork that is no photo at all, and notes that are not used.
    ffmpeg(['-i', upright, join(data, 'upright-only', 'upright', 'sitting-tall.webp')]);
    writeFileSync(join(data, 'upright-only', 'upright', 'broken.jpg'), 'not a jpeg');
    writeFileSync(join(data, 'upright-only', 'upright', '._sitting-tall.png'), 'resource fork');
    writeFileSync(join(data, 'upright-only', 'notes.txt'), 'taken on Monday');

    const saved = join(data, 'keypoints.json');
    const run = evalPosture('--data', data, '--json', '--save-keypoints', saved);
    expect(run.status, run.stderr).toBe(0);
    expect(run.stderr).toContain('broken.jpg');
    expect(run.stderr).toMatch(/not used .*notes\.txt/);
    expect(run.stderr).not.toContain('._sitting-tall.png');
    // Scored again from the saved keypoints, without the model: the same figures to the digit.
    const again = evalPosture('--keypoints', saved, '--json');
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout.trim().split('\n').at(-1)).toBe(run.stdout.trim().split('\n').at(-1));
    // Several saved sets at once (as a shell glob gives them): a row each and one over all of them.
    const copy = join(data, 'keypoints-again.json');
    copyFileSync(saved, copy);
    const sets = evalPosture('--keypoints', saved, copy, '--json');
    expect(sets.status, sets.stderr).toBe(0);
    const single = JSON.parse(again.stdout.trim().split('\n').at(-1)!);
    const summary = JSON.parse(sets.stdout.trim().split('\n').at(-1)!);
    expect(summary.sets.map((s: { set: string }) => s.set)).toEqual(['keypoints', 'keypoints-again']);
    for (const set of summary.sets) {
      expect(set).toMatchObject({
        images: single.images,
        balancedAccuracy: single.balancedAccuracy,
        uprightFalseAlarmRate: single.uprightFalseAlarmRate,
        baselines: single.baselines,
      });
    }
    expect(summary.all).toMatchObject({ images: 2 * single.images, balancedAccuracy: single.balancedAccuracy });
    // The operating curves: ours at the Settings sensitivity 1 and each peer rule at its own line
    // are the run's own figures, and the text says for each rule whether ours matches it throughout.
    const traced = evalPosture('--keypoints', saved, '--json', '--curve');
    expect(traced.status, traced.stderr).toBe(0);
    const { curves } = JSON.parse(traced.stdout.trim().split('\n').at(-1)!);
    expect(curves.comparable).toBe(true);
    const pick = (p: Record<string, unknown>) => ({
      balancedAccuracy: p.balancedAccuracy,
      uprightFalseAlarmRate: p.uprightFalseAlarmRate,
    });
    expect(pick(curves.ours.find((p: { setting: number }) => p.setting === 1))).toEqual(pick(single));
    const ownLine = { noseDrop: 0.05, headHeightRatio: 0.82, faceSize: 1.1 };
    for (const [rule, line] of Object.entries(ownLine)) {
      const point = curves.peers[rule].points.find((p: { setting: number }) => p.setting === line);
      expect(pick(point)).toEqual(single.baselines[rule]);
      expect(traced.stdout).toMatch(new RegExp(`^  ${rule} at [0-9.]+–[0-9.]+: (every point|not matched)`, 'm'));
    }
    const figures = [single.uprightFalseAlarmRate, single.slouchRecall, single.balancedAccuracy].map((x) =>
      x.toFixed(3),
    );
    expect(traced.stdout).toMatch(new RegExp(`^ +1\\.00 +${figures.join(' +')}$`, 'm'));
    const tracedSets = evalPosture('--keypoints', saved, copy, '--curve');
    expect(tracedSets.stdout).toMatch(/operating curves: in [0-2] of the 2 sets with both upright and slouched photos/);
    // The astronaut's and the upright-only subject's four upright photos, her one slump.
    expect(sets.stdout).toMatch(/^keypoints-again +0 \/ 4 +1 \/ 1 +0\.\d{3}/m);
    expect(sets.stdout).toMatch(/^ALL \(2 sets\) +0 \/ 8 +2 \/ 2 /m);
    // Each photo keeps what the worker saw around the person: the classifier reads it.
    const file = JSON.parse(readFileSync(saved, 'utf8'));
    expect(file.subjects[0].calibration[0].scene).toEqual(expect.arrayContaining([expect.any(Number)]));
    expect(run.stdout).toMatch(/ALL \(Stand Tall\)/);
    expect(run.stdout).toMatch(/peer rule: noseDrop/);
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
    expect(Object.keys(result)).toEqual(
      expect.arrayContaining([
        'images',
        'subjects',
        'unknown',
        'balancedAccuracy',
        'uprightFalseAlarmRate',
        'slouchRecall',
        'perSubject',
        'baselines',
      ]),
    );
    expect(result).toMatchObject({ images: 5, subjects: 2, unknown: 1 });
    // The astronaut sitting tall is upright and slumped is slouched, against her own calibration.
    expect(result.perSubject.astronaut).toMatchObject({
      images: 2,
      unknown: 0,
      balancedAccuracy: 1,
      uprightFalseAlarmRate: 0,
      slouchRecall: 1,
    });
    // The unreadable photo is an unknown, wrong for its class: two of the three upright photos right.
    expect(result.perSubject['upright-only']).toMatchObject({
      images: 3,
      unknown: 1,
      balancedAccuracy: 2 / 3,
      uprightFalseAlarmRate: 0,
      slouchRecall: null,
    });
    for (const rule of ['noseDrop', 'headHeightRatio', 'faceSize']) {
      expect(result.baselines[rule]).toEqual({
        balancedAccuracy: expect.any(Number),
        uprightFalseAlarmRate: expect.any(Number),
      });
    }
    // Photo by photo against each rule: the unreadable photo is wrong for both, so at most the
    // other four split them, and the text says the same counts as the JSON.
    for (const rule of ['noseDrop', 'headHeightRatio', 'faceSize']) {
      const { onlyOurs, onlyTheirs, pValue } = result.comparisons[rule];
      expect(onlyOurs + onlyTheirs).toBeLessThanOrEqual(4);
      expect(pValue).toBeGreaterThan(0);
      expect(pValue).toBeLessThanOrEqual(1);
      expect(run.stdout).toMatch(
        new RegExp(`${rule} +right only for ours ${onlyOurs}, only for it ${onlyTheirs}, p [=<] `),
      );
    }
    // Each subject has the peer rules beside it; the text table names the best of them per subject.
    const astronautPeers = result.perSubject.astronaut.baselines;
    expect(astronautPeers.noseDrop).toEqual({
      balancedAccuracy: expect.any(Number),
      uprightFalseAlarmRate: expect.any(Number),
    });
    const [bestName, bestScore] = Object.entries(astronautPeers)
      .map(([name, s]) => [name, (s as { balancedAccuracy: number | null }).balancedAccuracy ?? -1] as const)
      .reduce((a, b) => (b[1] > a[1] ? b : a));
    expect(run.stdout).toMatch(/slouch-rec {2}best peer rule/);
    expect(run.stdout).toMatch(new RegExp(`astronaut .* ${bestScore.toFixed(3)} ${bestName}\\n`));
  });

  test('says which subjects could not be calibrated and what is not a subject, and still scores the rest', () => {
    test.setTimeout(150_000);
    const dir = mkdtempSync(join(tmpdir(), 'stand-tall-eval-nobody-'));
    try {
      // A calibration photo of a bare wall: no face to calibrate on.
      mkdirSync(join(dir, 'nobody', 'calibrate'), { recursive: true });
      ffmpeg([
        '-f',
        'lavfi',
        '-i',
        'color=gray:s=640x480',
        '-frames:v',
        '1',
        join(dir, 'nobody', 'calibrate', 'wall.jpg'),
      ]);
      put(dir, 'nobody', 'upright', { 'sitting-tall.png': astronautPhoto() });
      put(dir, 'astronaut', 'calibrate', { 'a.png': astronautPhoto() });
      put(dir, 'astronaut', 'upright', { 'sitting-tall.png': astronautPhoto() });
      // The same photo cut to another shape: positions in it mean other places, so not judged.
      ffmpeg(['-i', astronautPhoto(), '-vf', 'crop=ih:ih', join(dir, 'astronaut', 'upright', 'square.png')]);
      // No calibrate/ at all, and a zip's __MACOSX folder beside the subjects.
      put(dir, 'uncalibrated', 'slouched', { 'slumped.png': astronautPhoto() });
      put(dir, '__MACOSX', 'astronaut', { '._a.png': astronautPhoto() });
      const run = evalPosture('--data', dir, '--json');
      expect(run.status, run.stderr).toBe(0);
      expect(run.stderr).toMatch(/nobody: no face found in its 1 calibrate\/ photo/);
      expect(run.stderr).toMatch(/uncalibrated: no images in its calibrate\/; all its photos are unknown/);
      expect(run.stderr).toMatch(/not subjects \(no calibrate\/, upright\/ or slouched\/ in them\): .*__MACOSX/);
      expect(run.stderr).toMatch(/astronaut: 1 photo\(s\) have another shape .*not judged.*: square\.png/);
      const result = JSON.parse(run.stdout.trim().split('\n').at(-1)!);
      expect(result).toMatchObject({ subjects: 3, images: 4, unknown: 3 });
      expect(result.perSubject.nobody).toMatchObject({ images: 1, unknown: 1 });
      expect(result.perSubject.uncalibrated).toMatchObject({ images: 1, unknown: 1, slouchRecall: 0 });
      // Sitting tall is upright; the square cut is unknown, so wrong: one of two right.
      expect(result.perSubject.astronaut).toMatchObject({ images: 2, unknown: 1, balancedAccuracy: 0.5 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a missing or malformed data folder gets a clear error and exit code 2', () => {
    const missing = evalPosture('--data', join(data, 'nope'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/eval:posture: .*no such folder/);
    const empty = mkdtempSync(join(tmpdir(), 'stand-tall-eval-empty-'));
    const malformed = evalPosture('--data', empty);
    rmSync(empty, { recursive: true, force: true });
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toMatch(/eval:posture: .*one folder per subject/);
    // Run through npm from a subfolder: a relative path is the user's, not the package root's.
    const fromSubfolder = spawnSync('npm', ['run', '-s', 'eval:posture', '--', '--data', 'no-such-photos'], {
      cwd: join(process.cwd(), 'tests'),
      encoding: 'utf8',
    });
    expect(fromSubfolder.status).toBe(2);
    expect(fromSubfolder.stderr).toContain(`--data ${join(process.cwd(), 'tests', 'no-such-photos')}: no such folder`);
    // A browser that is not there is a set-up problem, said plainly, with nothing left running.
    const photos = mkdtempSync(join(tmpdir(), 'stand-tall-eval-browser-'));
    put(photos, 'astronaut', 'calibrate', { 'a.png': astronautPhoto() });
    put(photos, 'astronaut', 'upright', { 'sitting-tall.png': astronautPhoto() });
    const noBrowser = spawnSync('npx', ['tsx', 'scripts/eval-posture.ts', '--no-build', '--data', photos], {
      env: { ...process.env, CHROMIUM_PATH: '/nowhere/chromium' },
      encoding: 'utf8',
    });
    expect(noBrowser.status).toBe(2);
    rmSync(photos, { recursive: true, force: true });
    expect(noBrowser.stderr).toMatch(/^eval:posture: CHROMIUM_PATH=\/nowhere\/chromium: no such file$/m);
    const usage = evalPosture();
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/usage: npm run eval:posture -- --data DIR/);
    const notKeypoints = join(data, 'not-keypoints.json');
    writeFileSync(notKeypoints, '{"subjects": []}');
    const foreign = evalPosture('--keypoints', notKeypoints);
    expect(foreign.status).toBe(2);
    expect(foreign.stderr).toMatch(/eval:posture: --keypoints .*not a file written by --save-keypoints/);
    writeFileSync(notKeypoints, '{"format": "stand-tall-eval-keypoints", "ver');
    const truncated = evalPosture('--keypoints', notKeypoints);
    expect(truncated.status).toBe(2);
    expect(truncated.stderr).toMatch(/eval:posture: --keypoints .*cannot be read as JSON/);
    writeFileSync(notKeypoints, '{"format": "stand-tall-eval-keypoints", "version": 1, "subjects": []}');
    const older = evalPosture('--keypoints', notKeypoints);
    expect(older.status).toBe(2);
    expect(older.stderr).toMatch(
      /eval:posture: --keypoints .*version 1, this eval reads 2 \(gather it again with --data\)/,
    );
    // Among several files, one that is not a saved set stops the run before any row is printed.
    const several = evalPosture('--keypoints', notKeypoints, notKeypoints, '--json');
    expect(several.status).toBe(2);
    expect(several.stdout).toBe('');
    expect(several.stderr).toMatch(/eval:posture: --keypoints .*not-keypoints\.json: version 1/);
    expect(evalPosture('--keypoints', '--json').status).toBe(2);
  });
});
