import { describe, expect, it } from 'vitest';
import {
  matches,
  OUR_SENSITIVITIES,
  PEER_SWEEPS,
  unmatchedPoints,
  type OperatingPoint,
} from '../../../scripts/eval-curve';
import { PEER_THRESHOLDS } from '../../../src/core/posture/baselines';

const at = (setting: number, falseAlarms: number | null, recall: number | null): OperatingPoint => ({
  setting,
  uprightFalseAlarmRate: falseAlarms,
  slouchRecall: recall,
  balancedAccuracy: falseAlarms === null ? recall : recall === null ? 1 - falseAlarms : (1 - falseAlarms + recall) / 2,
});

describe('operating curves: ours against a peer rule threshold by threshold', () => {
  it('a peer point is matched by one of ours with no more false alarms and at least as many slumps caught', () => {
    expect(matches(at(1, 0.05, 0.9), at(0.05, 0.05, 0.9))).toBe(true);
    expect(matches(at(1, 0.0, 0.95), at(0.05, 0.05, 0.9))).toBe(true);
    expect(matches(at(1, 0.1, 0.95), at(0.05, 0.05, 0.9))).toBe(false);
    expect(matches(at(1, 0.05, 0.85), at(0.05, 0.05, 0.9))).toBe(false);
  });

  it('lists the peer points none of ours matches, leaving out those no better than chance', () => {
    const ours = [at(0.5, 0.05, 0.6), at(1, 0.1, 0.95)];
    const peer = [at(0.02, 0.3, 0.97), at(0.05, 0.1, 0.9), at(0.08, 0.05, 0.7), at(0.15, 0.0, 0.05)];
    // 0.02 catches more than any of ours (with its 30 % alarms), 0.08 more at 5 %, and 0.15 calls
    // no upright slouched, which none of ours manages; a line calling nothing (0.2) says nothing.
    const chance = at(0.2, 0.0, 0.0);
    expect(unmatchedPoints([...peer, chance], ours).map((p) => p.setting)).toEqual([0.02, 0.08, 0.15]);
    expect(unmatchedPoints([at(0.05, 0.1, 0.9)], ours)).toEqual([]);
  });

  it('sweeps the Settings page’s sensitivities and each peer rule either side of its own line', () => {
    expect(OUR_SENSITIVITIES).toEqual([0.5, 0.75, 1, 1.25, 1.5, 1.75, 2]);
    for (const [name, sweep] of Object.entries(PEER_SWEEPS)) {
      const own = PEER_THRESHOLDS[name as keyof typeof PEER_THRESHOLDS];
      expect(sweep).toContain(own);
      expect(Math.min(...sweep)).toBeLessThan(own);
      expect(Math.max(...sweep)).toBeGreaterThan(own);
      // Whole hundredths: a threshold printed is the threshold used.
      for (const t of sweep) expect(Math.round(t * 100) / 100).toBe(t);
    }
  });
});
