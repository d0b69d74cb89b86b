import { expect, test } from '@playwright/test';
import { nextPoseSample } from '../support/pose-page';
import { STORED_BASELINE } from '../support/stored-baseline';

const MAX_PROFILES = 20;

// A camera is on (the astronaut video), so the wizard's start waits on the profile limit alone.
test.describe('the calibration wizard at the profile limit', () => {
  test(`with ${MAX_PROFILES} profiles, a new one is not started but an old one can be calibrated again`, async ({
    page,
  }) => {
    await page.goto('/');
    await page.evaluate(
      async ({ baseline, count }) => {
        for (let i = 1; i <= count; i++)
          await window.standTall!.run({ type: 'save-calibration', name: `Desk ${i}`, baseline, floors: {} });
      },
      { baseline: STORED_BASELINE, count: MAX_PROFILES },
    );
    await page.goto('/#/calibrate');
    await nextPoseSample(page);
    const name = page.getByLabel('Profile name');
    await expect(name).toHaveValue(`Desk ${MAX_PROFILES}`);
    const start = page.getByRole('button', { name: 'Start calibration' });
    await expect(start).toBeEnabled();
    await name.fill('Sofa');
    await expect(page.getByRole('alert')).toHaveText(
      `You have ${MAX_PROFILES} profiles, the most Stand Tall keeps. Calibrate one of them again by its name, or delete one first.`,
    );
    await expect(name).toHaveAccessibleDescription(/the most Stand Tall keeps/);
    await expect(start).toBeDisabled();
    await name.fill('Desk 3 ');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(start).toBeEnabled();
    await page.reload();
    await expect(page.getByLabel('Active profile').getByRole('option')).toHaveCount(MAX_PROFILES);
  });
});
