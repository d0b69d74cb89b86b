import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import type { HistorySnapshot } from '../../src/platform/history-contract';

const MINUTE = 60_000;

/**
 * A working day through the real contract: posture reports (as the monitor sends them), water,
 * an exercise session, with the host's clock moved forward minute by minute.
 */
async function simulateDay(page: Page): Promise<void> {
  await page.evaluate(async (minute) => {
    const api = window.standTall!;
    const clock = (window as unknown as { standTallTestClock: { advance(ms: number): void } }).standTallTestClock;
    const posture = (kind: 'good' | 'slouching') =>
      api.run({
        type: 'report-posture',
        state: {
          kind,
          since: Date.now(),
          score: kind === 'good' ? 0.2 : 1.5,
          signals: kind === 'good' ? [] : ['headDrop'],
        },
      });
    for (let m = 0; m < 4 * 60; m++) {
      // Every hour: 40 minutes upright, 20 slouching.
      if (m % 60 === 0) await posture('good');
      if (m % 60 === 40) await posture('slouching');
      if (m % 60 === 10) await api.run({ type: 'log-water' });
      clock.advance(minute);
    }
    await posture('good');
    await api.run({
      type: 'log-session',
      session: { routineId: 'coreAndBack', seconds: 281, exercises: ['birdDog', 'plank', 'bridge'], completed: true },
    });
    clock.advance(minute);
  }, MINUTE);
}

const snapshot = (page: Page): Promise<HistorySnapshot> => page.evaluate(() => window.standTall!.getHistory());

/** 09:00 today, local time: the simulated four hours must not cross midnight, whenever the test runs. */
function thisMorningAtNine(): Date {
  const morning = new Date();
  morning.setHours(9, 0, 0, 0);
  return morning;
}

test('a day of events shows in the history charts; export re-imports to the same totals', async ({ page }) => {
  test.setTimeout(120_000);
  // Only Date is pinned (the page's timers run as usual); the host clock is then moved by the test.
  await page.clock.setSystemTime(thisMorningAtNine());
  await page.goto('/?test-clock#/history');
  await expect(page.getByRole('heading', { level: 1, name: 'History' })).toBeVisible();
  await expect.poll(async () => (await snapshot(page)).available).toBe(true);
  await simulateDay(page);

  const before = await snapshot(page);
  const today = before.month.at(-1)!;
  expect(today.uprightMinutes).toBeGreaterThanOrEqual(159);
  expect(today.slouchMinutes).toBeGreaterThanOrEqual(79);
  expect(today.score).toBe(Math.round((100 * today.uprightMinutes) / (today.uprightMinutes + today.slouchMinutes)));
  expect(today).toMatchObject({ water: 4, sessions: 1, exercises: 3 });
  expect(before.heatmap.worst).not.toBeNull();

  // The page redraws by itself as the history changes.
  await expect(page.getByText(`Posture score ${today.score}`)).toBeVisible();
  await expect(page.locator('#card-week ~ .chart .recharts-bar-rectangle').first()).toBeVisible();
  await expect(page.getByText(/You slouch most on/)).toBeVisible();
  // Four slouches of 20 minutes, each a head drop: how you slouch, and what would help.
  expect(before.slouchKinds).toEqual([{ signal: 'headDrop', episodes: 4, minutes: 80 }]);
  const kinds = page.getByRole('region', { name: 'How you slouch' });
  await expect(kinds.getByRole('listitem')).toHaveText(['4 slouches: head lower (80 min)']);
  await expect(kinds).toContainText('What would help most: Lift your head and bring the screen to eye level.');
  await page.setViewportSize({ width: 1100, height: 1400 });
  await page.screenshot({ path: 'test-results/screenshots/history.png', fullPage: true });

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as JSON' }).click();
  const file = await (await download).path();
  const exported = JSON.parse(readFileSync(file, 'utf8')) as { format: string; events: unknown[] };
  expect(exported.format).toBe('stand-tall-history');

  await page.getByRole('button', { name: 'Delete all history…' }).click();
  const dialog = page.getByRole('alertdialog');
  await expect(page.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('button', { name: 'Delete all history…' }).click();
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All history was deleted' })).toBeVisible();
  expect((await snapshot(page)).month.at(-1)).toMatchObject({ uprightMinutes: 0, water: 0, sessions: 0 });

  await page.getByLabel('Import a JSON export').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: /Imported \d+ events and 1 days/ })).toBeVisible();
  const after = await snapshot(page);
  expect(after.month.at(-1)).toEqual(today);
  expect(after.heatmap).toEqual(before.heatmap);
  // Importing the same file again adds nothing.
  await page.getByLabel('Import a JSON export').setInputFiles(file);
  await expect(page.getByRole('status').filter({ hasText: 'Imported 0 events and 0 days' })).toBeVisible();
});
