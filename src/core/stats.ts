/** Small statistics shared by calibration, the pose engine, the scene check and the live figures. */

/** The arithmetic mean; NaN for no values. */
export function mean(values: readonly number[]): number {
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** The finite values given (nulls and NaN skipped), in ascending order. */
function sortedFinite(values: readonly (number | null)[]): number[] {
  return values.filter((x): x is number => x !== null && Number.isFinite(x)).sort((a, b) => a - b);
}

/** The median of the finite values given (nulls and NaN skipped); null when there are none. */
export function median(values: readonly (number | null)[]): number | null {
  const v = sortedFinite(values);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid]! : (v[mid - 1]! + v[mid]!) / 2;
}

/**
 * The interquartile mean of the finite values given (nulls and NaN skipped): the mean of their
 * middle half, the values at its edges weighted by the share of them inside it. Like the median it
 * ignores the outer quarter on each side (a stray frame cannot move it), but it averages what it
 * keeps: it shakes less with noise, and where the values fall in two groups (a person who shifted
 * while calibrating) it lies between them, moving a little with each value's count rather than
 * jumping from one group to the other as the median does when one more falls on the other side.
 * Null when there are none.
 */
export function centralMean(values: readonly (number | null)[]): number | null {
  const v = sortedFinite(values);
  if (v.length === 0) return null;
  const [from, to] = [v.length / 4, (v.length * 3) / 4];
  let sum = 0;
  v.forEach((value, i) => {
    sum += value * Math.max(0, Math.min(i + 1, to) - Math.max(i, from));
  });
  return sum / (to - from);
}

/** The value below which a fraction `q` (0–1) of the values lie (nearest rank); null when empty. */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
}
