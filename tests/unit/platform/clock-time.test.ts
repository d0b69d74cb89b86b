import { describe, expect, it } from 'vitest';
import { formatClockTime } from '../../../src/platform/clock-time';

// Local times, as the person's clock shows them (Sunday 6 December 2026).
const sunday = (hour: number, minute = 0) => new Date(2026, 11, 6, hour, minute).getTime();

describe('formatClockTime', () => {
  it('gives only the time for a moment later today', () => {
    expect(formatClockTime(sunday(10, 15), sunday(9), 'en-GB')).toBe('10:15');
    expect(formatClockTime(sunday(23, 59), sunday(0, 1), 'de')).toBe('23:59');
  });

  it('names the day for any other day, so "until tomorrow" reads as tomorrow', () => {
    const mondayNine = new Date(2026, 11, 7, 9).getTime();
    expect(formatClockTime(mondayNine, sunday(17), 'en-GB')).toBe('Mon 09:00');
    expect(formatClockTime(mondayNine, sunday(17), 'de')).toBe('Mo., 09:00');
    // A week on is another day too, though the weekday is the same.
    expect(formatClockTime(new Date(2026, 11, 13, 10, 15).getTime(), sunday(9), 'en-GB')).toBe('Sun 10:15');
  });
});
