import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keypointsOf, waitForPoseEngine } from '../../scripts/eval-keypoints';
import type { AppState } from '../../src/core/app/app-state';
import type { PoseSample } from '../../src/core/pose/keypoints';
import { calibrationFrame } from '../../src/core/posture/baselines';
import { calibrate, scoreFloors, type PostureBaseline } from '../../src/core/posture/calibration';
import type { ScoreFloors } from '../../src/core/posture/features';
import type { LiveSample } from '../../src/platform/contract';
import type { ViewRequest } from '../../src/renderer/pose/protocol';
import { astronautPhoto } from './fake-camera.mjs';

export { CALIBRATED_STATE } from './web-host';

/** The app's state, read through the contract as the views read it. */
export const appState = (page: Page): Promise<AppState> => page.evaluate(() => window.standTall!.getState());

/** Moves the page's injected clock (`?test-clock`) on: timers due by then fire. */
export const advanceClock = (page: Page, ms: number) =>
  page.evaluate(
    (ms) => (window as unknown as { standTallTestClock: { advance(ms: number): void } }).standTallTestClock.advance(ms),
    ms,
  );

/**
 * Waits in the page for the next pose sample with a person in it and returns it. Samples are only
 * shared while a view watches, so this holds the live-view lease as the Camera page does.
 */
export async function nextPoseSample(page: Page, timeoutMs = 45_000): Promise<LiveSample> {
  return page.evaluate(
    (timeout) =>
      new Promise<LiveSample>((resolve, reject) => {
        void window.standTall!.run({ type: 'keep-live-view' });
        const timer = setTimeout(() => reject(new Error('no pose sample in time')), timeout);
        const off = window.standTall!.onPoseSample((sample) => {
          if (sample.keypoints.length === 0) return;
          clearTimeout(timer);
          off();
          resolve(sample);
        });
      }),
    timeoutMs,
  );
}

/** Records every camera track the page opens (getUserMedia and clones), to check they stop. */
export async function trackCameraTracks(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const tracks: MediaStreamTrack[] = [];
    (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks = tracks;
    const media = navigator.mediaDevices;
    const original = media.getUserMedia.bind(media);
    media.getUserMedia = async (constraints) => {
      const stream = await original(constraints);
      tracks.push(...stream.getVideoTracks());
      return stream;
    };
    const clone = MediaStreamTrack.prototype.clone;
    MediaStreamTrack.prototype.clone = function (this: MediaStreamTrack) {
      const copy = clone.call(this);
      tracks.push(copy);
      return copy;
    };
  });
}

export async function liveTrackCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      (window as unknown as { __tracks: MediaStreamTrack[] }).__tracks.filter((t) => t.readyState === 'live').length,
  );
}

/**
 * Opens the web host's evaluation hooks and calibrates on one photo, as eval:posture does for a
 * subject (which frames it 'self-framed'): the real model's keypoints, their confidence floors
 * and the baseline.
 */
export async function calibrateOnPhoto(
  page: Page,
  file: string,
  view: ViewRequest = null,
): Promise<{ sample: PoseSample; floors: ScoreFloors; baseline: PostureBaseline }> {
  await page.goto('/?eval');
  await waitForPoseEngine(page);
  const sample = await keypointsOf(page, file, view);
  if (!sample) throw new Error(`no pose found in the calibration photo ${file}`);
  const floors = scoreFloors([sample]);
  const baseline = calibrate([calibrationFrame(sample, floors)]);
  return { sample, floors, baseline };
}

/** `scripts/<name>.ts` as a user runs it (no build: the end-to-end run has just built the host). */
export function runScript(name: string, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync('npx', ['tsx', `scripts/${name}.ts`, '--no-build', ...args], {
    encoding: 'utf8',
    timeout: 150_000,
  });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Runs a command-line tool with arguments it must refuse: exit code 2, and stderr saying each of `why`. */
export function expectUsageError(name: string, args: string[], ...why: RegExp[]): void {
  const run = runScript(name, ...args);
  expect(run.status, run.stderr).toBe(2);
  for (const pattern of why) expect(run.stderr).toMatch(pattern);
}

/**
 * A data set in the evaluation's layout made from the astronaut (a new temporary folder): she
 * calibrates sitting tall, and is photographed sitting tall and slumped.
 */
export function astronautDataSet(prefix: string): string {
  const data = mkdtempSync(join(tmpdir(), prefix));
  const put = (part: string, name: string, from: string) => {
    mkdirSync(join(data, 'astronaut', part), { recursive: true });
    copyFileSync(from, join(data, 'astronaut', part, name));
  };
  put('calibrate', 'a.png', astronautPhoto());
  put('upright', 'sitting-tall.png', astronautPhoto());
  put('slouched', 'slumped.png', astronautPhoto(true));
  return data;
}

/**
 * For a command-line tool's test file: the astronaut data set and an empty folder for the tool's
 * output, made before its tests and removed after them (read `data` and `out` inside the tests).
 */
export function astronautDataAndOut(name: string): { data: string; out: string } {
  const dirs = { data: '', out: '' };
  test.beforeAll(() => {
    dirs.data = astronautDataSet(`stand-tall-${name}-data-`);
    dirs.out = mkdtempSync(join(tmpdir(), `stand-tall-${name}-out-`));
  });
  test.afterAll(() => {
    for (const dir of [dirs.data, dirs.out]) rmSync(dir, { recursive: true, force: true });
  });
  return dirs;
}
