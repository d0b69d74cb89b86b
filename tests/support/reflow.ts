import type { Page } from '@playwright/test';

/** The elements that reach past the window's right edge (a page that must scroll sideways), named briefly. */
export function overflowingSideways(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll('body *')]
      .filter((e) => e.getClientRects().length > 0 && e.getBoundingClientRect().right > width + 1)
      .map((e) => `${e.tagName.toLowerCase()}${e.classList.length ? `.${e.classList[0]}` : ''}`)
      .slice(0, 8);
  });
}
