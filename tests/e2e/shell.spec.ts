import { expect, test } from '@playwright/test';
import { offOriginRequests, recordRequests } from '../support/web-host';
import { STORED_BASELINE } from '../support/stored-baseline';

test.describe('web host shell', () => {
  test('loads the dashboard, navigates by role, and makes no request outside its origin', async ({ page }) => {
    const requests = recordRequests(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await nav.getByRole('link', { name: 'About' }).click();
    await expect(page.getByRole('heading', { name: 'Privacy' })).toBeVisible();
    await expect(page.getByText(/in your browser/)).toBeVisible();
    await nav.getByRole('link', { name: 'History' }).click();
    await expect(page.getByRole('heading', { name: 'Your data' })).toBeVisible();
    await nav.getByRole('link', { name: 'Breaks' }).click();
    await expect(page.getByRole('heading', { name: 'Routines' })).toBeVisible();
    await nav.getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByRole('heading', { name: 'Breaks and exercises' })).toBeVisible();
    expect(requests.length).toBeGreaterThan(0);
    expect(offOriginRequests(requests)).toEqual([]);
  });

  test('a changed setting survives a reload, and the UI follows it', async ({ page }) => {
    await page.goto('/#/settings');
    await page.getByLabel('Appearance').selectOption('dark');
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    await page.getByLabel('Daily water goal (glasses)').fill('10');
    await page.reload();
    await expect(page.getByLabel('Appearance')).toHaveValue('dark');
    await expect(page.getByLabel('Daily water goal (glasses)')).toHaveValue('10');
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  });

  test('switching the language translates the whole UI and persists', async ({ page }) => {
    await page.goto('/#/settings');
    await page.getByLabel('Language').selectOption('de');
    await expect(page.getByRole('heading', { level: 1, name: 'Einstellungen' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await page.reload();
    await expect(
      page.getByRole('navigation', { name: 'Hauptmenü' }).getByRole('link', { name: 'Übersicht' }),
    ).toBeVisible();
  });

  test('posture sensitivity sliders show their value, move by keyboard and are kept', async ({ page }) => {
    await page.goto('/#/settings');
    const slider = page.getByRole('slider', { name: 'Sensitivity: head dropping' });
    await expect(slider).toHaveAttribute('aria-valuetext', '1×');
    const shown = page.locator('.range-row', { has: slider }).locator('output');
    await expect(shown).toHaveText('1×');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(shown).toHaveText('1.25×');
    await expect(slider).toHaveAttribute('aria-valuetext', '1.25×');
    await expect(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('slider', { name: 'Sensitivity: head dropping' })).toHaveValue('1.25');
    const settings = await page.evaluate(() => window.standTall!.getSettings());
    expect(settings.posture.sensitivityHeadDrop).toBe(1.25);
    expect(settings.posture.sensitivityForwardHead).toBe(1);
    // The live meters on the Camera page show what the settings do.
    await page.getByRole('link', { name: 'See how each measure reads right now, with these settings' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Posture in this frame' })).toBeVisible();
  });

  test('offers start-at-login only where the host can do it', async ({ page }) => {
    await page.goto('/#/settings');
    await expect(page.getByLabel('Open Stand Tall when I log in')).toBeDisabled();
    await expect(page.getByText('only available in the desktop app')).toBeVisible();
  });

  test('pause and resume from the dashboard, with the status announced', async ({ page }) => {
    await page.goto('/');
    const status = page.getByRole('status', { name: 'Monitoring status' });
    await page.getByRole('button', { name: 'Pause 15 minutes' }).click();
    await expect(status).toContainText('Paused, resumes at');
    await page.reload();
    await expect(status).toContainText('Paused, resumes at');
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect(status).not.toContainText('Paused');
    await page.getByRole('button', { name: 'Pause until I resume' }).click();
    await expect(status).toContainText('Paused until you resume');
    await page.getByRole('button', { name: 'Resume' }).click();
    await expect(status).not.toContainText('Paused');
  });

  test('reminder and quiet-time settings are labelled, saved and kept', async ({ page }) => {
    await page.goto('/#/settings');
    await page.getByLabel('Softly glow the screen edges while I slouch').check();
    await page.getByLabel('Minutes between reminders (1–120)').fill('7');
    await page.getByLabel('Only watch during working hours').check();
    await page.getByLabel('Watch on Saturday').check();
    await page.getByLabel('Saturday until').fill('12:30');
    await expect(page.getByLabel('Pause while a full-screen app is in front')).toBeDisabled();
    await page.reload();
    await expect(page.getByLabel('Softly glow the screen edges while I slouch')).toBeChecked();
    await expect(page.getByLabel('Minutes between reminders (1–120)')).toHaveValue('7');
    await expect(page.getByLabel('Saturday from')).toHaveValue('09:00');
    await expect(page.getByLabel('Saturday until')).toHaveValue('12:30');
    const settings = await page.evaluate(() => window.standTall!.getSettings());
    expect(settings.alerts).toMatchObject({ screenGlow: true, cooldownMinutes: 7 });
    expect(settings.quiet.workingHours[6]).toEqual({ enabled: true, start: 540, end: 750 });
    // A night shift: it ends the next morning, and the end field says so.
    await page.getByLabel('Friday from').fill('22:00');
    await page.getByLabel('Friday until').fill('06:00');
    await expect(page.getByLabel('Friday until')).toHaveAccessibleDescription('the next day (a night shift)');
    await expect(page.getByLabel('Saturday until')).not.toHaveAccessibleDescription(/next day/);
    await expect
      .poll(async () => (await page.evaluate(() => window.standTall!.getSettings())).quiet.workingHours[5])
      .toEqual({ enabled: true, start: 1320, end: 360 });
  });

  test('logs water, undoes, and keeps the count over a reload', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'I drank a glass' }).click();
    await page.getByRole('button', { name: 'I drank a glass' }).click();
    await expect(page.getByText('2 glasses of 8')).toBeVisible();
    await page.getByRole('button', { name: 'Undo last glass' }).click();
    await expect(page.getByText('1 glass of 8')).toBeVisible();
    await page.reload();
    await expect(page.getByText('1 glass of 8')).toBeVisible();
  });

  test('a corrupt settings store is backed up, replaced by defaults, and reported once', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => localStorage.setItem('stand-tall.settings', '{"version":1,"gener'));
    await page.reload();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('could not be read completely');
    const backups = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.includes('.corrupt-')));
    expect(backups).toHaveLength(1);
    await alert.getByRole('button', { name: 'Dismiss' }).click();
    await expect(page.getByRole('alert')).toHaveCount(0);
    await page.reload();
    await expect(page.getByRole('heading', { level: 1, name: 'Today' })).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);
  });

  test('a profile calibrated by an earlier version is suggested for calibrating again, in the UI language', async ({
    page,
  }) => {
    await page.goto('/');
    // A profile saved through the contract, then stored as an earlier release stored it: no
    // version, and none of what calibration has learnt since (the scene fingerprint, last).
    await page.evaluate(async (baseline) => {
      await window.standTall!.run({ type: 'save-calibration', name: 'Desk', baseline, floors: {} });
      const stored = JSON.parse(localStorage.getItem('stand-tall.state')!);
      for (const profile of stored.calibration.profiles) {
        delete profile.version;
        for (const learntSince of [
          'scene',
          'earlierLooks',
          'frameSize',
          'shoulderY',
          'faceToShoulders',
          'anchors',
          'headFrom',
          'faceAcross',
          'noseAlongEyes',
        ])
          delete profile.baseline[learntSince];
      }
      localStorage.setItem('stand-tall.state', JSON.stringify(stored));
    }, STORED_BASELINE);
    await page.reload();
    const posture = page.getByRole('region', { name: 'Posture' });
    await expect(posture.getByRole('note')).toContainText('“Desk” was calibrated by an earlier version');
    await page.goto('/#/settings');
    await page.getByLabel('Language').selectOption('de');
    await page.goto('/#/');
    await expect(page.getByRole('note').filter({ hasText: '„Desk“ wurde von einer früheren Version' })).toBeVisible();
  });

  test('a calibration profile is deleted only once confirmed, and the next one takes over', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(async (baseline) => {
      for (const name of ['Desk', 'Laptop'])
        await window.standTall!.run({ type: 'save-calibration', name, baseline, floors: {} });
    }, STORED_BASELINE);
    // The dashboard names the profile in use.
    await expect(page.getByRole('region', { name: 'Posture' })).toContainText('Profile “Laptop”');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calibrate' }).click();
    const active = page.getByLabel('Active profile');
    await expect(active).toHaveValue('Laptop');
    const ask = page.getByRole('button', { name: 'Delete “Laptop”…' });
    await ask.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('alertdialog', { name: 'Delete the profile “Laptop” and its calibration?' });
    // Keeping it is the default, and Escape keeps it too.
    await expect(dialog.getByRole('button', { name: 'Keep it' })).toBeFocused();
    await page.screenshot({ path: 'test-results/screenshots/delete-profile.png' });
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(active.getByRole('option')).toHaveCount(2);
    await ask.click();
    await dialog.getByRole('button', { name: 'Delete profile' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Profile “Laptop” was deleted.' })).toBeVisible();
    await expect(active).toHaveValue('Desk');
    await expect(active.getByRole('option')).toHaveCount(1);
    await page.getByRole('button', { name: 'Delete “Desk”…' }).click();
    await page.getByRole('alertdialog').getByRole('button', { name: 'Delete profile' }).click();
    await expect(active).toBeHidden();
    await page.reload();
    await expect(active).toBeHidden();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await expect(page.getByRole('region', { name: 'Posture' })).toContainText('Calibrate to start posture checks');
  });

  test('the contract rejects malformed calls from page code and changes nothing', async ({ page }) => {
    await page.goto('/');
    const result = await page.evaluate(async () => {
      const api = window.standTall!;
      const before = JSON.stringify(await api.getSettings());
      const errors: string[] = [];
      const attempts = [
        () => api.updateSettings({ general: { theme: 'neon' } } as never),
        () => api.run({ type: 'pause', duration: 'forever' } as never),
        () => api.updateSettings('x'.repeat(100_000) as never),
      ];
      for (const attempt of attempts) await attempt().catch((e: Error) => errors.push(e.message));
      return { errors, unchanged: before === JSON.stringify(await api.getSettings()) };
    });
    expect(result.errors).toHaveLength(3);
    expect(result.errors.every((m) => m.startsWith('Rejected'))).toBe(true);
    expect(result.unchanged).toBe(true);
  });

  test('is keyboard operable: skip link, nav and controls in a logical order', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to content' })).toBeFocused();
    await page.keyboard.press('Tab');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Dashboard' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Breaks' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'History' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Calibrate' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Camera' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  });

  test('screenshots of the dashboard and settings (for the README)', async ({ page }) => {
    await page.setViewportSize({ width: 1100, height: 720 });
    await page.goto('/');
    await page.getByRole('button', { name: 'I drank a glass' }).click();
    await expect(page.getByText('1 glass of 8')).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/dashboard.png', fullPage: true });
    await page.getByRole('link', { name: 'Settings' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await page.screenshot({ path: 'test-results/screenshots/settings.png', fullPage: true });
  });
});
