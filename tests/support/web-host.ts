import type { Page, Request } from '@playwright/test';

export const WEB_HOST_URL = 'http://127.0.0.1:4173';

/** Browser storage after the calibration test, reused by the slump test. */
export const CALIBRATED_STATE = 'test-results/calibrated-state.json';

/** Records every request a page makes, to prove nothing leaves the app's own origin. */
export function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (r) => requests.push(r));
  return requests;
}

export function offOriginRequests(requests: Request[]): string[] {
  return requests
    .map((r) => r.url())
    .filter((url) => !url.startsWith(`${WEB_HOST_URL}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
}
