import { mean } from '../stats';
import type { Verdict } from './classifier';

export type Label = 'upright' | 'slouched';

export interface Scores {
  images: number;
  unknown: number;
  /** Mean of the per-class recalls over the classes present; null without images. */
  balancedAccuracy: number | null;
  /** Upright images called slouched ÷ upright images. */
  uprightFalseAlarmRate: number | null;
  /** Slouched images called slouched ÷ slouched images. */
  slouchRecall: number | null;
}

/** Scores verdicts against labels; an `unknown` verdict is wrong for either class. */
export function score(results: readonly { label: Label; verdict: Verdict }[]): Scores {
  const upright = results.filter((r) => r.label === 'upright');
  const slouched = results.filter((r) => r.label === 'slouched');
  const uprightRecall = upright.length ? upright.filter((r) => r.verdict === 'upright').length / upright.length : null;
  const slouchRecall = slouched.length
    ? slouched.filter((r) => r.verdict === 'slouched').length / slouched.length
    : null;
  const recalls = [uprightRecall, slouchRecall].filter((x): x is number => x !== null);
  return {
    images: results.length,
    unknown: results.filter((r) => r.verdict === 'unknown').length,
    balancedAccuracy: recalls.length ? mean(recalls) : null,
    uprightFalseAlarmRate: upright.length
      ? upright.filter((r) => r.verdict === 'slouched').length / upright.length
      : null,
    slouchRecall,
  };
}

/**
 * Ours against another rule on the same photos: how many only ours got right, how many only the
 * other, and the exact two-sided McNemar p-value (the chance of a split at least this uneven if
 * both were equally good). On a few dozen photos a lead in balanced accuracy can be one or two
 * photos; this says how much it rests on.
 */
export interface PairedComparison {
  onlyOurs: number;
  onlyTheirs: number;
  pValue: number;
}

/** `ours[i]` and `theirs[i]`: whether each got photo i right. */
export function pairedComparison(ours: readonly boolean[], theirs: readonly boolean[]): PairedComparison {
  if (ours.length !== theirs.length) throw new Error('pairedComparison: both must judge the same photos');
  const onlyOurs = ours.filter((right, i) => right && !theirs[i]).length;
  const onlyTheirs = theirs.filter((right, i) => right && !ours[i]).length;
  return { onlyOurs, onlyTheirs, pValue: exactSignTest(onlyOurs, onlyTheirs) };
}

/** Two-sided exact binomial test of a b : c split at even odds. */
function exactSignTest(b: number, c: number): number {
  const n = b + c;
  if (n === 0) return 1;
  // The smaller tail's terms C(n, k) / 2^n, built in logarithms so that large n neither underflows nor overflows.
  let logTerm = -n * Math.LN2;
  let tail = Math.exp(logTerm);
  for (let k = 1; k <= Math.min(b, c); k++) {
    logTerm += Math.log((n - k + 1) / k);
    tail += Math.exp(logTerm);
  }
  return Math.min(1, 2 * tail);
}
