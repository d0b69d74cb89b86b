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
