import { expect, test, type Page } from '@playwright/test';
import type { AppState } from '../../src/core/app/app-state';
import { nextPoseSample } from '../support/pose-page';

const state = (page: Page): Promise<AppState> => page.evaluate(() => window.standTall!.getState());
const advanceClock = (page: Page, ms: number) =>
  page.evaluate(
    (ms) => (window as unknown as { standTallTestClock: { advance(ms: number): void } }).standTallTestClock.advance(ms),
    ms,
  );

/**
 * Calibrated by the 'pose' project in front of the astronaut photo's backdrop; this camera shows
 * her in front of a grey wall instead — another room, to the app. A minute of that (on the
 * injected clock) and the dashboard suggests calibrating again.
 */
test('a camera that sees another place than at calibration suggests calibrating again', async ({ page }) => {
  await page.goto('/?test-clock');
  await nextPoseSample(page);
  await expect.poll(async () => (await state(page)).scene.differsSince, { timeout: 30_000 }).not.toBeNull();
  const suggestion = page.getByRole('region', { name: 'Posture' }).getByRole('note');
  await expect(suggestion).toBeHidden();
  await advanceClock(page, 61_000);
  await expect(suggestion).toContainText('The camera sees another place than when you calibrated “Laptop”');
});
