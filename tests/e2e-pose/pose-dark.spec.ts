import { expect, test } from '@playwright/test';
import { nextPoseSample } from '../support/pose-page';

test('a dark room is reported as too dark, not as bad posture or an absent person', async ({ page }) => {
  await page.goto('/#/camera');
  const sample = await nextPoseSample(page).catch(() => null);
  if (sample) expect(sample.luminance).toBeLessThan(35);
  await expect(page.getByRole('region', { name: 'Live figures' })).toContainText('Too dark to see you');
});
