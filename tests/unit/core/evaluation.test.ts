import { describe, expect, test } from 'vitest';
import { pairedComparison } from '../../../src/core/posture/evaluation';

/** `right` photos both got right, then `ours` only ours did, then `theirs` only the other did. */
function judged(both: number, ours: number, theirs: number): [boolean[], boolean[]] {
  const fill = (n: number, value: boolean) => Array<boolean>(n).fill(value);
  return [
    [...fill(both, true), ...fill(ours, true), ...fill(theirs, false)],
    [...fill(both, true), ...fill(ours, false), ...fill(theirs, true)],
  ];
}

describe('pairedComparison (exact McNemar test)', () => {
  test('counts the photos only one of the two got right; photos both got right or wrong do not count', () => {
    const c = pairedComparison([true, true, false, false, true], [true, false, true, false, false]);
    expect(c).toMatchObject({ onlyOurs: 2, onlyTheirs: 1 });
  });

  test('gives the two-sided chance of a split at least as uneven', () => {
    // 5 : 0 — each of 32 equally likely splits, two of them as uneven (5:0 and 0:5).
    expect(pairedComparison(...judged(30, 5, 0)).pValue).toBeCloseTo(2 / 32, 10);
    // 6 : 1 — (1 + 7) / 128 each side.
    expect(pairedComparison(...judged(10, 1, 6)).pValue).toBeCloseTo(16 / 128, 10);
    // An even split, or none at all, is no evidence either way.
    expect(pairedComparison(...judged(4, 3, 3)).pValue).toBe(1);
    expect(pairedComparison(...judged(9, 0, 0)).pValue).toBe(1);
  });

  test('stays finite on large sets, matching the normal approximation', () => {
    // 600 : 400 is z = 100 / √250 ≈ 6.3 standard errors: p ≈ 2.5e-10.
    const p = pairedComparison(...judged(0, 600, 400)).pValue;
    expect(p).toBeGreaterThan(1e-11);
    expect(p).toBeLessThan(1e-9);
    expect(pairedComparison(...judged(0, 2000, 2000)).pValue).toBe(1);
    expect(pairedComparison(...judged(0, 3000, 0)).pValue).toBe(0);
  });

  test('refuses verdicts on different photos', () => {
    expect(() => pairedComparison([true], [true, false])).toThrow(/same photos/);
  });
});
