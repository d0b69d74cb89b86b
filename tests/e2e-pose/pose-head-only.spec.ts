import { expect, test } from '@playwright/test';
import { nextPoseSample } from '../support/pose-page';

test('calibrating with the shoulders out of view says so, and how to fix it', async ({ page }) => {
  await page.goto('/#/calibrate');
  await nextPoseSample(page);
  // Before calibrating, live: the face is seen, but the framing leaves no room to see a slump.
  const framing = page.getByRole('list', { name: 'How the camera sees you' });
  await expect(framing.getByRole('listitem')).toHaveText([
    /The camera sees your face/,
    /Your face is clear/,
    /Your shoulders are out of view: tilt the screen or camera/,
    /Your head is low in the picture/,
  ]);
  await page.screenshot({ path: 'test-results/screenshots/calibrate-framing.png', fullPage: true });
  await page.getByRole('button', { name: 'Start calibration' }).click();
  await page.getByRole('button', { name: 'Skip this step' }).click({ timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Calibrated: profile “Laptop” is active.' })).toBeVisible();
  const advice = page.getByRole('note').filter({ hasText: 'To make detection more reliable' });
  await expect(advice).toContainText('Your shoulders were mostly out of view');
  await expect(advice).toContainText('Your head was low in the picture');
  await expect(advice).not.toContainText('Your face was hard to see');
});
