import { afterEach, describe, expect, it, vi } from 'vitest';
import { epochNow } from '../../../src/renderer/pose/protocol';

describe('the clock pose samples are stamped with', () => {
  afterEach(() => vi.restoreAllMocks());

  // Chromium's performance.now() does not advance while a Linux or macOS machine sleeps: after an
  // hour with the lid closed, timeOrigin + now() is an hour behind the wall clock, which the
  // app's own clock (alerts, history, the dashboard's "since") keeps to.
  it('keeps to the wall clock when the monotonic clock stood still through an hour asleep', () => {
    const asleepMs = 60 * 60 * 1000;
    const monotonic = performance.now.bind(performance);
    vi.spyOn(performance, 'now').mockImplementation(() => monotonic() - asleepMs);
    expect(Math.abs(epochNow() - Date.now())).toBeLessThan(1000);
  });
});
