import { expect, test } from '@playwright/test';
import { DARKER_THAN_CALIBRATION } from '../../src/core/posture/light';
import { advanceClock, appState, nextPoseSample } from '../support/pose-page';

/**
 * Calibrated by the 'pose' project in front of the astronaut photo, and shown the same camera.
 * The profile keeps the light it was calibrated in; told it was calibrated in the brightest light
 * (as by day, against a lamp-lit evening), the monitor finds the picture much
 * darker, and a minute of that (on the injected clock) suggests calibrating again in this light.
 */
test('a picture much darker than the light calibrated in suggests calibrating again in it', async ({ page }) => {
  await page.goto('/?test-clock');
  const { luminance } = await nextPoseSample(page);
  const profile = (await appState(page)).calibration.profiles[0]!;
  // The wizard kept the light of its frames: this camera's.
  expect(profile.baseline.luminance).not.toBeNull();
  expect(Math.abs(profile.baseline.luminance! - luminance)).toBeLessThan(0.1 * luminance);
  expect((await appState(page)).scene.darkerSince).toBeNull();

  const saveWithLight = (light: number) =>
    page.evaluate(
      async ({ light, profile }) => {
        const { name, baseline, floors } = profile;
        await window.standTall!.run({
          type: 'save-calibration',
          name,
          baseline: { ...baseline, luminance: light },
          floors,
        });
      },
      { light, profile },
    );
  // The brightest a picture can be: this camera's is well under the share that counts as darker.
  expect(luminance).toBeLessThan(DARKER_THAN_CALIBRATION * 255 - 10);
  await saveWithLight(255);
  await expect.poll(async () => (await appState(page)).scene.darkerSince, { timeout: 30_000 }).not.toBeNull();
  const suggestion = page.getByRole('region', { name: 'Posture' }).getByRole('note');
  await expect(suggestion).toBeHidden();
  await advanceClock(page, 61_000);
  await expect(suggestion).toContainText('The room has been much darker than when you calibrated “Laptop”');
  await expect(suggestion).toContainText('calibrate again in this light');
  await page.screenshot({ path: 'test-results/screenshots/recalibrate-light.png' });

  // Calibrated again in this light: nothing to suggest.
  await saveWithLight(luminance);
  await expect.poll(async () => (await appState(page)).scene.darkerSince, { timeout: 30_000 }).toBeNull();
  await nextPoseSample(page);
  await advanceClock(page, 61_000);
  await nextPoseSample(page);
  expect((await appState(page)).scene.darkerSince).toBeNull();
  await expect(suggestion).toBeHidden();
});
