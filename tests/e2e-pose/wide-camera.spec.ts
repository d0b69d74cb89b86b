import { expect, test, type Page } from '@playwright/test';
import { appState, nextPoseSample } from '../support/pose-page';

interface Seen {
  samples: { width: number; height: number; verdict: string }[];
  states: string[];
}
const seen = (page: Page): Promise<Seen> => page.evaluate(() => (window as unknown as { __seen: Seen }).__seen);

/**
 * A 16:9 camera (most laptop webcams), whose capture hands out its first frame as a 4:3 crop at
 * twice the pixels. Compared as it came, that frame read as the face twice as near: with no grace
 * period, every camera start (app start, resume, wake) began with a slouch.
 */
test('a 16:9 camera: calibrated, then restarted, it never starts with a slouch', async ({ page }) => {
  await page.goto('/#/calibrate');
  await nextPoseSample(page);
  await page.getByRole('button', { name: 'Start calibration' }).click();
  await page.getByRole('button', { name: 'Skip this step' }).click({ timeout: 20_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Calibrated: profile “Laptop” is active.' })).toBeVisible();
  const calibrated = (await appState(page)).calibration.profiles[0]!.baseline.frameSize!;
  const shape = calibrated.width / calibrated.height;
  expect(shape).toBeCloseTo(16 / 9, 1);

  await page.evaluate(() => window.standTall!.updateSettings({ posture: { graceSeconds: 0 } }));
  await page.getByRole('link', { name: 'Camera' }).click();
  await nextPoseSample(page);
  // Every frame and state from before the camera stops until well after it is back.
  await page.evaluate(() => {
    const record: Seen = { samples: [], states: [] };
    (window as unknown as { __seen: Seen }).__seen = record;
    window.standTall!.onPoseSample((s) =>
      record.samples.push({
        width: s.frameWidth,
        height: s.frameHeight,
        verdict: s.verdict?.because ?? s.verdict?.verdict ?? 'none',
      }),
    );
    window.standTall!.onStateChanged((s) => {
      if (record.states.at(-1) !== s.posture.kind) record.states.push(s.posture.kind);
    });
  });
  await page.evaluate(() => window.standTall!.run({ type: 'pause', duration: '15m' }));
  await expect.poll(async () => (await appState(page)).camera.status).toBe('off');
  await page.evaluate(() => window.standTall!.run({ type: 'resume' }));
  await expect.poll(async () => (await seen(page)).samples.length, { timeout: 30_000 }).toBeGreaterThanOrEqual(8);
  const { samples, states } = await seen(page);
  expect(states).toContain('good');
  expect(states).not.toContain('slipping');
  expect(states).not.toContain('slouching');
  // Each frame of another shape than calibration's was left unjudged, and the rest judged upright.
  for (const { width, height, verdict } of samples) {
    const sameShape = Math.abs(width / height - shape) < 0.05;
    expect(verdict, `${width}×${height}`).toBe(sameShape ? 'upright' : 'otherView');
  }
});
