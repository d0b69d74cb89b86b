import { expect, test } from '@playwright/test';
import { nextPoseSample } from '../support/pose-page';

test('calibrating with the shoulders out of view says so, and how to fix it', async ({ page }) => {
  await page.goto('/#/calibrate');
  await nextPoseSample(page);
  await page.getByRole('button', { name: 'Start calibration' }).click();
  await page.getByRole('button', { name: 'Skip this step' }).click({ timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Calibrated: profile “Laptop” is active.' })).toBeVisible();
  const advice = page.getByRole('note').filter({ hasText: 'To make detection more reliable' });
  await expect(advice).toContainText('Your shoulders were mostly out of view');
  await expect(advice).not.toContainText('Your face was hard to see');
});
