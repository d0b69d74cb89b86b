import { expect, test } from '@playwright/test';
import { nextPoseSample } from '../support/pose-page';
import { overflowingSideways } from '../support/reflow';

// With a camera on, whose name here is a long file path, as real cameras' names can be long.
test('the camera and calibration pages reflow into a 320 px wide window with the camera on', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  for (const path of ['/#/camera', '/#/calibrate']) {
    await page.goto(path);
    await nextPoseSample(page);
    await expect(page.getByLabel('Camera', { exact: true }).or(page.getByLabel('Profile name'))).toBeVisible();
    expect(await overflowingSideways(page), path).toEqual([]);
  }
});
