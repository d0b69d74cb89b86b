import { expect, test, type Page } from '@playwright/test';
import { keypointsOf, relookOf } from '../../scripts/eval-keypoints';
import type { ModelMemory } from '../../src/renderer/pose/protocol';
import { nextPoseSample } from '../support/pose-page';
import { ASTRONAUT_JPG } from '../support/fake-camera.mjs';

/** The page's pose monitor, as `?bench` exposes it to benchmarks. */
interface BenchHooks {
  recent: unknown[];
  setFixedInterval(ms: number | null, changeGate?: boolean): void;
  modelMemory(): Promise<ModelMemory | null>;
}
type WithHooks = { standTallBench: BenchHooks };

const modelMemory = (page: Page) => page.evaluate(() => (window as unknown as WithHooks).standTallBench.modelMemory());
const framesSeen = (page: Page) => page.evaluate(() => (window as unknown as WithHooks).standTallBench.recent.length);

/** Waits until `count` more camera frames have been analysed. */
async function analyseFrames(page: Page, count: number): Promise<void> {
  const from = await framesSeen(page);
  await expect.poll(() => framesSeen(page), { timeout: 60_000 }).toBeGreaterThanOrEqual(Math.min(from + count, 600));
}

// Stand Tall runs all day: a tensor left behind by each frame would grow the worker's memory
// without end. TF.js counts what it holds, so a leak shows as a count that climbs.
test('the pose worker holds no more tensors after many frames and photos than after the first', async ({ page }) => {
  await page.goto('/?bench');
  await nextPoseSample(page);
  // Every frame through the model (no reuse of an unchanged picture), ten a second.
  await page.evaluate(() => (window as unknown as WithHooks).standTallBench.setFixedInterval(100, false));
  await analyseFrames(page, 3);
  const settled = await modelMemory(page);
  // The model's weights are held; a worker that never loaded it would hold none.
  expect(settled?.tensors).toBeGreaterThan(100);

  await analyseFrames(page, 20);
  // Still photos too, each way the app looks at one: whole, framed on its face, and a second look.
  for (const view of [null, 'self-framed'] as const) {
    expect(await keypointsOf(page, ASTRONAUT_JPG, view)).not.toBeNull();
  }
  expect(await relookOf(page, { x: 100, y: 100, width: 300, height: 300 })).not.toBeNull();
  expect(await modelMemory(page)).toEqual(settled);
});
