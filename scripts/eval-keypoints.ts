/** Keypoints of one photo from the app's own pose worker, via the web host's `?eval` hooks. */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/support/chromium.mjs';
import { buildWebHost, startWebHost } from '../tests/support/web-host-server.mjs';
import type { PoseSample } from '../src/core/pose/keypoints';
import type { Region } from '../src/core/pose/model-input';
import type { ViewRequest } from '../src/renderer/pose/protocol';
import type { StillKeypoints } from '../src/renderer/pose/still-images';
import { UsageError } from './eval-dataset';

type Analysed = StillKeypoints | null;

interface EvalHooks {
  engineReady: boolean;
  analyseImage(blob: Blob, view: ViewRequest): Promise<Analysed>;
  relookImage(region: Region): Promise<Analysed>;
}

function asSample(result: NonNullable<Analysed>): PoseSample {
  return {
    keypoints: result.keypoints,
    score: 0,
    frameWidth: result.width,
    frameHeight: result.height,
    luminance: 0,
    capturedAt: 0,
    timings: { copyMs: 0, inferenceMs: 0, frameToKeypointsMs: 0 },
    backend: 'wasm',
    reused: false,
    scene: result.scene,
  };
}

/** Waits until the pose worker has its model (the page must be the web host opened with `?eval`). */
export async function waitForPoseEngine(page: Page): Promise<void> {
  await page.waitForFunction(
    () => (window as unknown as { standTallBench?: EvalHooks }).standTallBench?.engineReady,
    null,
    { timeout: 90_000 },
  );
}

/**
 * Runs `use` with a page of the web host's evaluation hooks, its pose engine ready: builds the
 * host first unless `build` is false (a test run has just built it), and closes everything after.
 */
export async function withEvalPage<T>(build: boolean, use: (page: Page) => Promise<T>): Promise<T> {
  // No browser is a set-up problem to state plainly, found before anything is started.
  let executablePath: string;
  try {
    executablePath = chromiumPath();
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (build) buildWebHost();
  const server = await startWebHost();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs() });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/?eval`);
    await waitForPoseEngine(page);
    return await use(page);
  } finally {
    await browser.close();
    server.stop();
  }
}

const IMAGE_TYPES: Record<string, string> = {
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.bmp': 'image/bmp',
};

/** A photo that could not be read or decoded (truncated, not an image, unreadable). */
export class UnreadableImageError extends Error {}

/**
 * The photo decoded in the page (EXIF orientation honoured) and analysed on its own, framed as
 * `view` says; null if no pose.
 */
export async function keypointsOf(page: Page, file: string, view: ViewRequest = null): Promise<PoseSample | null> {
  // Chromium sniffs the bytes; the type only has to be an image's.
  const type = IMAGE_TYPES[extname(file).toLowerCase()] ?? 'image/jpeg';
  let base64: string;
  try {
    base64 = readFileSync(file).toString('base64');
  } catch (error) {
    throw new UnreadableImageError(`${file}: ${(error as Error).message}`);
  }
  const result = await page.evaluate(
    async ({ base64, type, view }) => {
      const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
      const hooks = (window as unknown as { standTallBench: EvalHooks }).standTallBench;
      try {
        return { ok: await hooks.analyseImage(new Blob([bytes], { type }), view) };
      } catch (error) {
        return { failed: String(error) };
      }
    },
    { base64, type, view },
  );
  if ('failed' in result) throw new UnreadableImageError(`${file}: cannot be decoded as an image (${result.failed})`);
  return result.ok ? asSample(result.ok) : null;
}

/** The last photo analysed, looked at again in `region` (the person lock's second look). */
export async function relookOf(page: Page, region: Region): Promise<PoseSample | null> {
  const second = await page.evaluate(
    (region) => (window as unknown as { standTallBench: EvalHooks }).standTallBench.relookImage(region),
    region,
  );
  return second ? asSample(second) : null;
}
