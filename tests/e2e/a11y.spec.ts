import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

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
