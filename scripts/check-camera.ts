/**
 * `npm run check:camera -- --data DIR [--seconds N] [--grace S] [--json]`: the evaluation's
 * photos played through the app's own camera path, where `eval:posture` shows the model each
 * photo at full size. Each subject is calibrated by the wizard, in the web host in Debian's
 * Chromium, from a fake camera showing its calibration photos (in turn, half a second each); then
 * each test photo is that camera's picture on its own for N seconds (default 6) with a grace
 * period of S seconds (default 2), and the posture state it leads to is reported, with its
 * frames' verdicts and the range of their scores. A subject without calibration photos is named
 * and not played.
 * Slow (a browser per photo, ~10 s each) and not part of `npm test`; findings are in
 * docs/evaluation/app-camera.md.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium.mjs';
import { fakeCameraArgs, ffmpeg } from '../tests/support/fake-camera.mjs';
import { buildWebHost, startWebHost } from '../tests/support/web-host-server.mjs';
import { leftOutNotes, readDataset, UsageError, userPath, type Subject } from './eval-dataset';

interface PhotoResult {
  subject: string;
  label: 'upright' | 'slouched';
  file: string;
  /** The posture states the photo led to, in order, and the verdicts of its frames. */
  states: string[];
  verdicts: Record<string, number>;
  /**
   * The lowest and highest score of its judged frames (1 is a slump), or null when none was
   * judged: how near the threshold the photo sits, so a verdict that flips between runs shows.
   */
  scores: { lowest: number; highest: number } | null;
}

/** Where the fake-camera videos go while the check runs (made once the data set is read). */
let work = '';
/** Where the web host is served while the check runs. */
let origin = '';

/** The photos as a camera picture 640 pixels wide at their own shape, each shown `seconds`. */
function cameraVideo(name: string, photos: string[], seconds: number): string {
  const out = join(work, `${name}.y4m`);
  const inputs = photos.flatMap((p) => ['-loop', '1', '-t', String(seconds), '-i', p]);
  const chains = photos.map((_, i) => `[${i}:v]scale=640:-2,fps=10,setsar=1,format=yuv420p[v${i}]`).join(';');
  const concat = `${photos.map((_, i) => `[v${i}]`).join('')}concat=n=${photos.length}:v=1:a=0[out]`;
  ffmpeg([...inputs, '-filter_complex', `${chains};${concat}`, '-map', '[out]', '-f', 'yuv4mpegpipe', out]);
  return out;
}

async function withCamera<T>(video: string, state: string | undefined, use: (page: Page) => Promise<T>): Promise<T> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: chromiumArgs(fakeCameraArgs(video)),
  });
  try {
    const context = await browser.newContext({ permissions: ['camera'], storageState: state });
    return await use(await context.newPage());
  } finally {
    await browser.close();
  }
}

/**
 * Each calibration photo's share of the camera's picture: shown for this long in turn, round and
 * round, so that the wizard's few seconds of frames, whenever they start, weigh the photos about
 * equally, as `eval:posture` does (two seconds each let one photo fill most of them, and the
 * calibration, so a borderline photo's result, changed from run to run).
 */
const CALIBRATION_TURN_SECONDS = 0.5;
const CALIBRATION_VIDEO_SECONDS = 12;

/** Calibrates with the wizard as a person would; returns the saved app state (with the profile). */
async function calibrateSubject(subject: Subject): Promise<string> {
  const statePath = join(work, `${subject.name}-calibrated.json`);
  const rounds = Math.ceil(CALIBRATION_VIDEO_SECONDS / (CALIBRATION_TURN_SECONDS * subject.calibrate.length));
  const turns = Array.from({ length: rounds }, () => subject.calibrate).flat();
  const video = cameraVideo(`${subject.name}-calibrate`, turns, CALIBRATION_TURN_SECONDS);
  await withCamera(video, undefined, async (page) => {
    await page.goto(`${origin}/#/calibrate`);
    await page.getByRole('button', { name: 'Start calibration' }).click({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Skip this step' }).click({ timeout: 30_000 });
    await page.getByText('Calibrated: profile').waitFor({ timeout: 30_000 });
    await page.context().storageState({ path: statePath });
  });
  return statePath;
}

async function playPhoto(file: string, state: string, seconds: number, grace: number) {
  return withCamera(cameraVideo('photo', [file], 2), state, async (page) => {
    await page.goto(`${origin}/#/camera`);
    await page.waitForFunction(() => Boolean(window.standTall));
    await page.evaluate((g) => window.standTall!.updateSettings({ posture: { graceSeconds: g } }), grace);
    return page.evaluate(
      (ms) =>
        new Promise<Pick<PhotoResult, 'states' | 'verdicts' | 'scores'>>((resolve) => {
          const states: string[] = [];
          const verdicts: Record<string, number> = {};
          let scores: PhotoResult['scores'] = null;
          window.standTall!.onPoseSample((s) => {
            const v = s.verdict?.because ?? s.verdict?.verdict ?? 'none';
            verdicts[v] = (verdicts[v] ?? 0) + 1;
            if (s.verdict?.verdict !== 'upright' && s.verdict?.verdict !== 'slouched') return;
            const score = s.verdict.score;
            scores = scores
              ? { lowest: Math.min(scores.lowest, score), highest: Math.max(scores.highest, score) }
              : { lowest: score, highest: score };
          });
          window.standTall!.onStateChanged((s) => {
            if (states.at(-1) !== s.posture.kind) states.push(s.posture.kind);
          });
          setTimeout(() => resolve({ states, verdicts, scores }), ms);
        }),
      seconds * 1000,
    );
  });
}

/**
 * A photo that gave no frame at all in its time (the camera or the model slow to start) says
 * nothing about the classifier: it is played once more, and if still silent, reported as such.
 */
async function playPhotoRetried(file: string, state: string, seconds: number, grace: number) {
  const played = await playPhoto(file, state, seconds, grace);
  if (Object.keys(played.verdicts).length > 0) return played;
  console.error(`check:camera: no frame arrived from ${file} in ${seconds} s; playing it again`);
  return playPhoto(file, state, seconds, grace);
}

function photoLine({ subject, label, file, states, verdicts, scores }: PhotoResult): string {
  const silent = Object.keys(verdicts).length === 0;
  const range = scores
    ? `score ${scores.lowest.toFixed(2)}–${scores.highest.toFixed(2)}`
    : silent
      ? 'no frame arrived'
      : 'not judged';
  return `${subject}  ${label.padEnd(8)}  ${states.join(' → ')}  ${JSON.stringify(verdicts)}  ${range}  ${file}`;
}

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(args[i + 1]);
  if (!Number.isFinite(value) || value < 0) throw new UsageError(`${name} needs a number of seconds`);
  return value;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dataAt = args.indexOf('--data');
  if (dataAt < 0 || !args[dataAt + 1]) throw new UsageError('usage: npm run check:camera -- --data DIR');
  const dataset = readDataset(userPath(args[dataAt + 1]!));
  for (const note of leftOutNotes(dataset)) console.error(`check:camera: ${note}`);
  // The wizard needs photos to calibrate on: a subject without them is not played.
  const subjects = dataset.subjects.filter((s) => s.calibrate.length > 0);
  if (subjects.length < dataset.subjects.length) {
    const uncalibrated = dataset.subjects.filter((s) => !subjects.includes(s)).map((s) => s.name);
    console.error(`check:camera: no images in calibrate/, not played: ${uncalibrated.join(', ')}`);
  }
  const seconds = option(args, '--seconds', 6);
  const grace = option(args, '--grace', 2);
  const json = args.includes('--json');
  if (!args.includes('--no-build')) buildWebHost();
  work = mkdtempSync(join(tmpdir(), 'check-camera-'));
  const server = await startWebHost();
  origin = server.origin;
  const results: PhotoResult[] = [];
  try {
    for (const subject of subjects) {
      const state = await calibrateSubject(subject);
      for (const label of ['upright', 'slouched'] as const) {
        for (const file of subject[label]) {
          const played = await playPhotoRetried(file, state, seconds, grace);
          results.push({ subject: subject.name, label, file, ...played });
          if (!json) console.log(photoLine(results.at(-1)!));
        }
      }
    }
  } finally {
    server.stop();
    rmSync(work, { recursive: true, force: true });
  }
  const ended = (label: string, kind: string) =>
    results.filter((r) => r.label === label && r.states.at(-1) === kind).length;
  const count = (label: string) => results.filter((r) => r.label === label).length;
  const summary = {
    upright: count('upright'),
    uprightSlouching: ended('upright', 'slouching'),
    slouched: count('slouched'),
    slouchedSlouching: ended('slouched', 'slouching'),
    unknown: results.filter((r) => r.states.at(-1) === 'unknown').length,
  };
  if (json) console.log(JSON.stringify({ ...summary, photos: results }));
  else
    console.log(
      `upright photos ending slouching: ${summary.uprightSlouching} of ${summary.upright}; ` +
        `slouched photos ending slouching: ${summary.slouchedSlouching} of ${summary.slouched}; ` +
        `ending unknown: ${summary.unknown}`,
    );
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? error.message : error);
  process.exit(error instanceof UsageError ? 2 : 1);
});
