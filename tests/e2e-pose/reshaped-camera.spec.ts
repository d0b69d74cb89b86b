import { expect, test } from '@playwright/test';
import { advanceClock, appState, nextPoseSample } from '../support/pose-page';

/**
 * Calibrated by the 'pose' project with a 4:3 camera; this camera gives a 16:9 picture (another
 * mode of it, as when another app holds the camera). Positions in another shape of picture mean
 * other places, so no frame is judged against the calibration: the camera page and the dashboard
 * say why, and a minute of it (on the injected clock) suggests calibrating again — not "another
 * place", though the picture's border shows other parts of the room too.
 */
test('a camera picture of another shape than at calibration is not judged, says why, and suggests calibrating again', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto('/?test-clock#/camera');
  const calibrated = (await appState(page)).calibration.profiles[0]!.baseline.frameSize!;
  expect(calibrated.width / calibrated.height).toBeCloseTo(4 / 3, 1);
  await nextPoseSample(page);
  await expect(page.getByRole('region', { name: 'Posture in this frame' })).toContainText(
    "Not judged in this frame: the camera's picture has another shape than when you calibrated",
    { timeout: 30_000 },
  );
  await expect.poll(async () => (await appState(page)).scene.unjudged?.because, { timeout: 30_000 }).toBe('otherView');
  const sample = await nextPoseSample(page);
  expect(sample.frameWidth / sample.frameHeight).toBeCloseTo(16 / 9, 1);
  expect(sample.verdict).toMatchObject({ verdict: 'unknown', because: 'otherView' });

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
  const card = page.getByRole('region', { name: 'Posture' });
  const suggestion = card.getByRole('note');
  await expect(suggestion).toBeHidden();
  await advanceClock(page, 61_000);
  await expect.poll(async () => (await appState(page)).posture.kind, { timeout: 30_000 }).toBe('unknown');
  await expect(card).toContainText('Not judged — the camera’s picture changed shape');
  // The status line no longer says posture is being monitored (the tray's tooltip also says why).
  await expect(page.getByRole('status').filter({ hasText: 'Posture not judged: calibrate again' })).toBeVisible();
  await expect(suggestion).toContainText(
    'The camera’s picture has had another shape than when you calibrated “Laptop”',
  );
  await page.screenshot({ path: 'test-results/screenshots/reshaped-camera.png', fullPage: true });
  await card.getByRole('link', { name: 'Calibrate again' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calibrate your posture' })).toBeVisible();
});
