import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import type { PostureState } from '../../src/core/posture/state-machine';

/** Collects posture state changes in the page, with their times. */
async function watchPosture(page: Page, until: PostureState['kind'][], timeoutMs: number) {
  return page.evaluate(
    ({ until, timeoutMs }) =>
      new Promise<{ kind: string; at: number }[]>((resolve, reject) => {
        const seen: { kind: string; at: number }[] = [];
        const timer = setTimeout(() => reject(new Error(`saw ${JSON.stringify(seen)}`)), timeoutMs);
        window.standTall!.onStateChanged((state) => {
          if (seen.at(-1)?.kind === state.posture.kind) return;
          seen.push({ kind: state.posture.kind, at: Date.now() });
          const kinds = seen.map((s) => s.kind);
          let i = 0;
          for (const k of kinds) if (k === until[i]) i++;
          if (i === until.length) {
            clearTimeout(timer);
            resolve(seen);
          }
        });
      }),
    { until, timeoutMs },
  );
}

test('a real person slumping turns the state to slouching after the grace period, and back when they sit up', async ({
  page,
}) => {
  // Watched from the camera page, whose meters show each frame's verdict as the monitor made it.
  await page.goto('/#/camera');
  await page.evaluate(() => {
    const verdicts: string[] = [];
    (window as unknown as { __verdicts: string[] }).__verdicts = verdicts;
    window.standTall!.onPoseSample((sample) => verdicts.push(sample.verdict?.verdict ?? 'none'));
  });
  // A short grace period keeps the test quick; the default is 20 s.
  await page.evaluate(() => window.standTall!.updateSettings({ posture: { graceSeconds: 2 } }));
  const seen = await watchPosture(page, ['slouching', 'good'], 60_000);
  const slouchAt = seen.findIndex((s) => s.kind === 'slouching');
  expect(slouchAt).toBeGreaterThanOrEqual(0);
  expect(seen.slice(slouchAt).some((s) => s.kind === 'good')).toBe(true);
  const verdicts = await page.evaluate(() => (window as unknown as { __verdicts: string[] }).__verdicts);
  expect(verdicts).toEqual(expect.arrayContaining(['upright', 'slouched']));
  const now = page.getByRole('region', { name: 'Posture in this frame' });
  await expect(now.getByRole('meter', { name: 'Head lower' })).toBeVisible();
  // The video loops: its slumped frames show on the meters, the head a slouch's worth lower.
  const headLower = now.getByRole('meter', { name: 'Head lower' });
  await expect
    .poll(() => headLower.evaluate((m: HTMLMeterElement) => m.value), { timeout: 30_000 })
    .toBeGreaterThanOrEqual(1);
  await expect(now).toContainText('Slouched in this frame.');
  await page.screenshot({ path: 'test-results/screenshots/camera-posture.png', fullPage: true });
  // The meters are labelled and readable (the web project's scan sees this page uncalibrated).
  const scan = await new AxeBuilder({ page }).include('section[aria-labelledby="posture-now"]').analyze();
  expect(scan.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
});
