import { describe, expect, it } from 'vitest';
import { median, quantile } from '../../../src/core/stats';

describe('stats', () => {
  it('takes the median of the finite values only', () => {
    expect(median([3, null, 1, Number.NaN, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null])).toBeNull();
  });

  it('takes quantiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(quantile(values, 0.95)).toBe(96);
    expect(quantile(values, 0)).toBe(1);
    expect(quantile(values, 1)).toBe(100);
    expect(quantile([], 0.5)).toBeNull();
  });
});
