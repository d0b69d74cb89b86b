import { expect, test } from '@playwright/test';

test('a denied camera permission is explained and the rest of the app keeps working', async ({ page }) => {
  await page.goto('/#/camera');
  await expect(page.getByRole('region', { name: 'Live figures' })).toContainText('Camera access was denied');
  await expect(page.getByRole('status', { name: 'Monitoring status' })).toContainText('Camera off');
  await page.getByRole('link', { name: 'Dashboard' }).click();
  await page.getByRole('button', { name: 'I drank a glass' }).click();
  await expect(page.getByText('1 glass of 8')).toBeVisible();
});

test('the camera state is explained in the language of the UI', async ({ page }) => {
  await page.goto('/#/camera');
  await page.evaluate(() => window.standTall!.updateSettings({ general: { language: 'de' } }));
  await expect(page.getByRole('region', { name: 'Live-Werte' })).toContainText(
    'Der Kamerazugriff wurde verweigert. Erlaube ihn in den System- oder Browsereinstellungen.',
  );
  await expect(page.getByRole('region', { name: 'Live-Werte' })).not.toContainText('Camera');
});

test('calibration says why it cannot start without the camera, instead of a black preview', async ({ page }) => {
  await page.goto('/#/calibrate');
  await expect(page.getByRole('status').filter({ hasText: 'Camera access was denied' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start calibration' })).toBeDisabled();
});
