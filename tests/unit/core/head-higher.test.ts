import { describe, expect, it } from 'vitest';
import type { PoseSample } from '../../../src/core/pose/keypoints';
import { AnswerWatch } from '../../../src/core/answer-watch';
import { calibrate } from '../../../src/core/posture/calibration';
import { classify } from '../../../src/core/posture/classifier';
import { postureFeatures } from '../../../src/core/posture/features';
import { MAX_HEAD_RISE } from '../../../src/core/posture/thresholds';
import { lower, mapHead } from '../../support/head-moves';
import { seatedPose } from '../../support/poses';

/**
 * Calibration is made sitting tall: a head far above that place is a raised seat, standing, or a
 * misplaced head, and is never judged "upright" against a calibration that no longer fits.
 */
const upright = seatedPose();
const baseline = calibrate([{ features: postureFeatures(upright), earSpanRatio: null, noseAboveShoulders: null }]);
const judged = (sample: PoseSample) => classify(postureFeatures(sample), baseline);
const raised = (faceWidths: number) => lower(upright, -faceWidths);

describe('a head far above its calibrated place', () => {
  it('sitting up a little taller than at calibration is upright', () => {
    expect(judged(raised(MAX_HEAD_RISE * 0.75))).toMatchObject({ verdict: 'upright' });
    expect(judged(raised(MAX_HEAD_RISE * 0.75)).because).toBeUndefined();
  });

  it('much higher is unknown, and says why', () => {
    expect(judged(raised(MAX_HEAD_RISE * 1.5))).toEqual({
      verdict: 'unknown',
      because: 'headHigher',
      score: 0,
      signals: {},
    });
  });

  it('a slump other signals show is still a slump: only "upright" needs the head where calibration put it', () => {
    // The face a third larger (the head came near the screen) as well as higher.
    const nearer = mapHead(raised(MAX_HEAD_RISE * 1.5), (x, y) => [160 + (x - 160) * 1.35, y]);
    const verdict = judged(nearer);
    expect(verdict.verdict).toBe('slouched');
    expect(verdict.signals.forwardHead!).toBeGreaterThanOrEqual(1);
  });
});

describe('AnswerWatch', () => {
  it('tells each change, and the answer afresh for another calibration', () => {
    const watch = new AnswerWatch<string | null>();
    expect(watch.isNews('Laptop@1', null)).toBe(true);
    expect(watch.isNews('Laptop@1', null)).toBe(false);
    expect(watch.isNews('Laptop@1', 'headHigher')).toBe(true);
    expect(watch.isNews('Laptop@1', 'headHigher')).toBe(false);
    expect(watch.isNews('Laptop@1', 'otherView')).toBe(true);
    expect(watch.isNews('Laptop@2', 'otherView')).toBe(true);
  });
});
