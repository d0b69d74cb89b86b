import { expect, test } from '@playwright/test';
import { STORED_BASELINE } from '../support/stored-baseline';

test.describe('what the web host stored', () => {
  test('a profile that cannot be read costs that profile alone: the rest is kept, and the old data too', async ({
    page,
  }) => {
    await page.goto('/');
    await page.evaluate(async (baseline) => {
      for (const name of ['Desk', 'Laptop'])
        await window.standTall!.run({ type: 'save-calibration', name, baseline, floors: {} });
      // A hand edit (or another version) spoils one profile.
      const stored = JSON.parse(localStorage.getItem('stand-tall.state')!);
      stored.calibration.profiles[1].baseline.headY = 'high';
      localStorage.setItem('stand-tall.state', JSON.stringify(stored));
    }, STORED_BASELINE);
    await page.reload();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('could not be read, so that part starts afresh');
    await expect(alert).toContainText('Not used: calibration profile "Laptop" (baseline.headY:');
    const backup = await page.evaluate(() => {
      const key = Object.keys(localStorage).find((k) => k.startsWith('stand-tall.state.corrupt-'));
      return key ? JSON.parse(localStorage.getItem(key)!).calibration.profiles.length : null;
    });
    expect(backup).toBe(2);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calibrate' }).click();
    const active = page.getByLabel('Active profile');
    await expect(active).toHaveValue('Desk');
    await expect(active.getByRole('option')).toHaveCount(1);
  });

  test('a stored state that is not JSON at all is moved aside and reported once', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('stand-tall.state', '{"pause":nul'));
    await page.reload();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('so that part starts afresh. The old data was kept in browser storage as');
    const backups = await page.evaluate(() =>
      Object.keys(localStorage)
        .filter((k) => k.startsWith('stand-tall.state.corrupt-'))
        .map((k) => localStorage.getItem(k)),
    );
    expect(backups).toEqual(['{"pause":nul']);
    await page.reload();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });
});
