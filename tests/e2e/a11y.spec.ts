import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { overflowingSideways } from '../support/reflow';

const SCREENS = [
  ['Dashboard', '/'],
  ['Breaks', '/#/breaks'],
  ['Exercise player', '/#/player/coreAndBack'],
  ['History', '/#/history'],
  ['Calibrate', '/#/calibrate'],
  ['Camera', '/#/camera'],
  ['Settings', '/#/settings'],
  ['About', '/#/about'],
] as const;

for (const theme of ['light', 'dark'] as const) {
  for (const [name, path] of SCREENS) {
    test(`${name} (${theme} theme) has no serious or critical accessibility violation`, async ({ page }) => {
      await page.goto('/');
      await page.evaluate((theme) => window.standTall!.updateSettings({ general: { theme } }), theme);
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      // Let charts and lazy parts settle before scanning.
      await page.waitForLoadState('networkidle');
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map(
          (v) =>
            `${v.id}: ${v.help} — ${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 5)
              .join(', ')}`,
        );
      expect(serious).toEqual([]);
    });
  }
}

// WCAG 1.4.10 (reflow): at 320 CSS pixels wide (1280 at 400 % zoom) nothing needs scrolling sideways.
for (const [name, path] of SCREENS) {
  test(`${name} reflows into a 320 px wide window without scrolling sideways`, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    expect(await overflowingSideways(page)).toEqual([]);
  });
}
