import { describe, expect, it } from 'vitest';
import { centralMean, median, quantile } from '../../../src/core/stats';

describe('stats', () => {
  it('takes the median of the finite values only', () => {
    expect(median([3, null, 1, Number.NaN, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([null])).toBeNull();
  });

  it('takes the mean of the middle half, weighting the values at its edges by their share in it', () => {
    expect(centralMean([5])).toBe(5);
    expect(centralMean([3, 1])).toBe(2);
    expect(centralMean([1, 2, 3, 100])).toBe(2.5);
    expect(centralMean([1, 2, 10])).toBeCloseTo((0.25 * 1 + 2 + 0.25 * 10) / 1.5, 10);
    expect(centralMean([5, null, 1, Number.NaN, 4, 2, 3])).toBe(3);
    expect(centralMean([null, Number.NaN])).toBeNull();
  });

  it('moves a little, where the median jumps, when one value changes group', () => {
    const groups = (low: number, high: number) => [...Array<number>(low).fill(0), ...Array<number>(high).fill(1)];
    expect(median(groups(13, 12))).toBe(0);
    expect(median(groups(12, 13))).toBe(1);
    expect(centralMean(groups(13, 12))).toBeCloseTo(0.46, 10);
    expect(centralMean(groups(12, 13))).toBeCloseTo(0.54, 10);
  });

  it('takes quantiles by nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(quantile(values, 0.95)).toBe(96);
    expect(quantile(values, 0)).toBe(1);
    expect(quantile(values, 1)).toBe(100);
    expect(quantile([], 0.5)).toBeNull();
  });
});
