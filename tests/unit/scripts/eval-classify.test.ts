import { describe, expect, it } from 'vitest';
import { bestPeer, type PeerScores } from '../../../scripts/eval-classify';

const peers = (noseDrop: number | null, headHeightRatio: number | null, faceSize: number | null): PeerScores => ({
  noseDrop: { balancedAccuracy: noseDrop, uprightFalseAlarmRate: 0 },
  headHeightRatio: { balancedAccuracy: headHeightRatio, uprightFalseAlarmRate: 0 },
  faceSize: { balancedAccuracy: faceSize, uprightFalseAlarmRate: 0 },
});

describe('bestPeer: the peer rule ours must beat on a data set', () => {
  it('is the rule with the highest balanced accuracy, whichever it is', () => {
    expect(bestPeer(peers(0.84, 0.78, 0.64))).toEqual({ name: 'noseDrop', balancedAccuracy: 0.84 });
    expect(bestPeer(peers(0.5, 0.9, 0.7))).toEqual({ name: 'headHeightRatio', balancedAccuracy: 0.9 });
    expect(bestPeer(peers(0.5, 0.6, 0.7))).toEqual({ name: 'faceSize', balancedAccuracy: 0.7 });
  });

  it('names the first of tied rules, skips rules that could not be scored, and is null when none could', () => {
    expect(bestPeer(peers(1, 1, 0.72))).toEqual({ name: 'noseDrop', balancedAccuracy: 1 });
    expect(bestPeer(peers(null, 0.4, null))).toEqual({ name: 'headHeightRatio', balancedAccuracy: 0.4 });
    expect(bestPeer(peers(null, null, null))).toBeNull();
    expect(bestPeer(peers(0, null, null))).toEqual({ name: 'noseDrop', balancedAccuracy: 0 });
  });
});
