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
  await page.goto('/');
  // A short grace period keeps the test quick; the default is 20 s.
  await page.evaluate(() => window.standTall!.updateSettings({ posture: { graceSeconds: 2 } }));
  const seen = await watchPosture(page, ['slouching', 'good'], 60_000);
  const slouchAt = seen.findIndex((s) => s.kind === 'slouching');
  expect(slouchAt).toBeGreaterThanOrEqual(0);
  expect(seen.slice(slouchAt).some((s) => s.kind === 'good')).toBe(true);
  await expect(page.getByRole('region', { name: 'Posture' })).toBeVisible();
});
