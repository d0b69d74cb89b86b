import { expect, test } from '@playwright/test';
import type { PostureBaseline } from '../../src/core/posture/calibration';
import { advanceClock, appState, nextPoseSample } from '../support/pose-page';

/** The calibration as if made with the head one face width lower: the live head then sits that much above it. */
function headLowered(baseline: PostureBaseline): PostureBaseline {
  const faceHeights = baseline.faceWidth! / baseline.frameSize!.height;
  const lower = (y: number | null) => (y === null ? null : y + faceHeights);
  const anchors = baseline.anchors && {
    ears: lower(baseline.anchors.ears),
    eyes: lower(baseline.anchors.eyes),
    ear: lower(baseline.anchors.ear),
  };
  return { ...baseline, headY: lower(baseline.headY), noseY: lower(baseline.noseY), anchors };
}

/**
 * The real camera stream and model, calibrated by the wizard; then the profile is saved as if
 * the seat had since been raised a face width (the calibrated head that much lower). The monitor
 * no longer judges her "upright" against it, the camera page says why, and after a minute (on the
 * injected clock) the dashboard suggests calibrating again; calibrating again ends it.
 */
test('a head far above its calibrated place is not judged, and a minute of it suggests calibrating again', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const calibrateLaptop = async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Calibrate' }).click();
    await nextPoseSample(page);
    await page.getByRole('button', { name: 'Start calibration' }).click();
    await page.getByRole('button', { name: 'Skip this step' }).click({ timeout: 20_000 });
    await expect(page.getByRole('status').filter({ hasText: 'Calibrated: profile “Laptop” is active.' })).toBeVisible();
  };
  await page.goto('/?test-clock#/');
  await calibrateLaptop();
  const { baseline, floors } = (await appState(page)).calibration.profiles[0]!;
  expect((await appState(page)).scene.unjudged).toBeNull();
  await page.evaluate(
    ({ baseline, floors }) => window.standTall!.run({ type: 'save-calibration', name: 'Laptop', baseline, floors }),
    { baseline: headLowered(baseline), floors },
  );
  await expect.poll(async () => (await appState(page)).scene.unjudged?.because, { timeout: 30_000 }).toBe('headHigher');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Camera' }).click();
  const frame = page.getByRole('region', { name: 'Posture in this frame' });
  await expect(frame).toContainText('Not judged in this frame: your head is much higher than when you calibrated', {
    timeout: 30_000,
  });
  // Nothing was measured against the calibration, so no meters and no word on how to read them.
  await expect(frame.getByRole('meter')).toHaveCount(0);
  await expect(frame).not.toContainText('Each measure against your calibration');
  await page.screenshot({ path: 'test-results/screenshots/head-higher-camera.png', fullPage: true });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  const card = page.getByRole('region', { name: 'Posture' });
  const suggestion = card.getByRole('note');
  await expect.poll(async () => (await appState(page)).posture.kind, { timeout: 30_000 }).toBe('unknown');
  await expect(card).toContainText('Not judged — you sit higher than at calibration');
  await expect(page.getByRole('status').filter({ hasText: 'Posture not judged: calibrate again' })).toBeVisible();
  await expect(suggestion).toBeHidden();
  await advanceClock(page, 61_000);
  await expect(suggestion).toContainText('Your head has sat much higher than when you calibrated “Laptop”');
  await page.screenshot({ path: 'test-results/screenshots/head-higher.png', fullPage: true });

  await calibrateLaptop();
  expect((await appState(page)).scene.unjudged).toBeNull();
  await nextPoseSample(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  await expect(page.getByRole('region', { name: 'Posture' }).getByRole('note')).toBeHidden();
});
