import { expect, test, type Page } from '@playwright/test';
import type { AppState } from '../../src/core/app/app-state';

/** Presses Tab until the element with this accessible text has focus (keyboard only, no clicks). */
async function tabTo(page: Page, text: string | RegExp, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(
      () => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '',
    );
    if (typeof text === 'string' ? focused.trim() === text : text.test(focused)) return;
  }
  throw new Error(`could not reach ${String(text)} with Tab`);
}

const T0 = new Date('2026-11-24T10:00:00');

test('"Core & back" by keyboard only: bird dog both sides, plank and bridge on timers, logged at the end', async ({
  page,
}) => {
  // The page's clock is paused and moved by the test: the routine's five minutes take no real time.
  await page.clock.install({ time: T0 });
  await page.goto('/');
  await page.clock.pauseAt(new Date(T0.getTime() + 60_000));

  await tabTo(page, 'Breaks');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Breaks and exercises' })).toBeVisible();
  await tabTo(page, 'Start Core & back');
  await page.keyboard.press('Enter');

  const player = page.getByRole('region', { name: 'Core & back' });
  await expect(player.getByRole('heading', { name: /Bird dog/ })).toBeVisible();
  await expect(player.getByText('Rep 1 of 12')).toBeVisible();
  await expect(player.getByText('Left side')).toBeVisible();
  await expect(player.getByRole('img')).toHaveAttribute('src', './exercises/birdDog.svg');
  await page.clock.runFor(4_000);
  await expect(player.getByText('Rep 2 of 12')).toBeVisible();
  await expect(player.getByText('Right side')).toBeVisible();

  // Through the rest to the plank, on the timer alone.
  await page.clock.runFor(44_000 + 10_000);
  await expect(player.getByRole('heading', { name: 'Plank' })).toBeVisible();
  await expect(player.getByRole('timer')).toContainText('45 seconds left');
  await page.clock.runFor(10_000);
  await page.setViewportSize({ width: 1100, height: 900 });
  await page.screenshot({ path: 'test-results/screenshots/player.png' });
  await page.clock.runFor(10_000);
  await expect(player.getByRole('timer')).toContainText('25 seconds left');

  // Space pauses (time passes, the timer does not), Space resumes; → skips the rest of the plank.
  await tabTo(page, 'Core & back');
  await page.keyboard.press(' ');
  await expect(player.getByRole('button', { name: 'Resume' })).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(player.getByRole('timer')).toContainText('25 seconds left');
  await page.keyboard.press(' ');
  await expect(player.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(player.getByRole('heading', { name: 'Bridge' })).toBeVisible();
  await expect(player.getByText('Rep 1 of 12')).toBeVisible();

  // The rest plays out by itself: bridge, superman, side plank left and right.
  await page.clock.runFor(48_000 + 10_000);
  await expect(player.getByRole('heading', { name: 'Superman' })).toBeVisible();
  await page.clock.runFor(40_000 + 10_000);
  await expect(player.getByText('Left side')).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(player.getByText('Right side')).toBeVisible();
  await page.clock.runFor(30_000);
  await expect(page.getByRole('status').filter({ hasText: 'Well done' })).toContainText('4 exercises logged');

  const state: AppState = await page.evaluate(() => window.standTall!.getState());
  expect(state.activity.sessions).toEqual([
    expect.objectContaining({
      routineId: 'coreAndBack',
      completed: true,
      exercises: ['birdDog', 'bridge', 'superman', 'sidePlank'],
    }),
  ]);
  await tabTo(page, 'Back to breaks');
  await page.keyboard.press('Enter');
  await expect(page.getByText('1 session, 4 exercises')).toBeVisible();
});

test('a custom routine is built from the catalogue, saved, played, and ended early with Done', async ({ page }) => {
  await page.goto('/#/breaks');
  const editor = page.getByRole('form', { name: 'Make your own routine' });
  await editor.getByLabel('Routine name').fill('My desk reset');
  await editor.getByLabel('Exercise').selectOption({ label: 'Chin tuck' });
  await editor.getByRole('button', { name: 'Add exercise' }).click();
  await editor.getByLabel('Exercise').selectOption({ label: 'Wall angels' });
  await editor.getByRole('button', { name: 'Add exercise' }).click();
  await editor.getByRole('button', { name: 'Move Wall angels up' }).click();
  await expect(
    editor.getByRole('list', { name: 'Steps of the new routine' }).getByRole('listitem').first(),
  ).toContainText('Wall angels');
  await editor.getByRole('button', { name: 'Save routine' }).click();
  await expect(editor.getByRole('status')).toContainText('Saved “My desk reset”');

  await page.reload();
  await page.getByRole('link', { name: 'Start My desk reset' }).click();
  const player = page.getByRole('region', { name: 'My desk reset' });
  await expect(player.getByRole('heading', { name: 'Wall angels' })).toBeVisible();
  await player.getByRole('button', { name: 'Done' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Session ended' })).toContainText('0 exercises logged');
  const state: AppState = await page.evaluate(() => window.standTall!.getState());
  expect(state.activity.sessions.at(-1)).toMatchObject({ completed: false, exercises: [] });
});
