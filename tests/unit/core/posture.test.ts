import { describe, expect, it } from 'vitest';
import { calibrate, scoreFloors } from '../../../src/core/posture/calibration';
import {
  AGREEMENT,
  classify,
  contributingSignals,
  DEFAULT_SENSITIVITY,
  THRESHOLDS,
  type Classification,
} from '../../../src/core/posture/classifier';
import { score } from '../../../src/core/posture/evaluation';
import { postureFeatures } from '../../../src/core/posture/features';
import { followUser, userRegion } from '../../../src/core/posture/person-lock';
import type { PoseSample } from '../../../src/core/pose/keypoints';
import { lower, roll } from '../../support/head-moves';
import { closer, seatedPose } from '../../support/poses';

const baselineOf = (samples: PoseSample[]) =>
  calibrate(samples.map((s) => ({ features: postureFeatures(s), earSpanRatio: null, noseAboveShoulders: null })));

/** Moves named keypoints by (dx, dy) pixels. */
function moved(sample: PoseSample, names: string[], dx: number, dy: number): PoseSample {
  return {
    ...sample,
    keypoints: sample.keypoints.map((k) => (names.includes(k.name) ? { ...k, x: k.x + dx, y: k.y + dy } : k)),
  };
}

describe('posture features', () => {
  it('normalises by body size and says what it could not measure', () => {
    const f = postureFeatures(seatedPose());
    expect(f.faceWidthFrom).toBe('ears');
    expect(f.faceWidth).toBe(44);
    expect(f.neckRatio).toBeCloseTo((150 - 76) / 100);
    expect(f.shoulderTilt).toBeCloseTo(0);
    const noEars = postureFeatures(seatedPose({ hidden: ['left_ear', 'right_ear', 'left_shoulder'] }));
    expect(noEars.faceWidthFrom).toBe('eyes');
    expect(noEars.neckRatio).toBeNull();
  });
});

describe('classifier', () => {
  const upright = seatedPose();
  const baseline = baselineOf([upright, seatedPose({ shift: 1 }), seatedPose({ shift: -1 })]);

  it('calls the calibrated posture upright', () => {
    expect(classify(postureFeatures(upright), baseline).verdict).toBe('upright');
  });

  it('calls a sunk head slouched, naming the signal', () => {
    const slumped = moved(upright, ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear'], 0, 40);
    const c = classify(postureFeatures(slumped), baseline);
    expect(c.verdict).toBe('slouched');
    expect(c.signals.headDrop).toBeGreaterThan(1);
  });

  it('calls a head come forward (face larger) slouched, even with the shoulders out of frame', () => {
    const forward = closer(seatedPose({ hidden: ['left_shoulder', 'right_shoulder'] }), 1.3);
    const c = classify(postureFeatures(forward), baseline);
    expect(c.verdict).toBe('slouched');
    expect(c.signals.forwardHead).toBeGreaterThan(1);
    expect(c.signals.neck).toBeUndefined();
  });

  it('calls a slouch seen most of the way by two head signals at once, though neither alone is enough', () => {
    // Shoulders out of frame (as slouching often hides them): only these two signals are measured.
    const unseen = seatedPose({ hidden: ['left_shoulder', 'right_shoulder'] });
    const head = ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear'];
    const lower = (s: PoseSample) => moved(s, head, 0, 0.8 * THRESHOLDS.headDrop * 44);
    const nearer = (s: PoseSample) => closer(s, 1 + 0.8 * THRESHOLDS.levelForwardHead);
    expect(classify(postureFeatures(lower(unseen)), baseline).verdict).toBe('upright');
    expect(classify(postureFeatures(nearer(unseen)), baseline).verdict).toBe('upright');
    const both = classify(postureFeatures(lower(nearer(unseen))), baseline);
    expect(both.signals.neck).toBeUndefined();
    expect(both.verdict).toBe('slouched');
    expect(both.score).toBeCloseTo(0.8 / AGREEMENT.two, 1);
    // Neither passed its own threshold: the two that agreed are what made it.
    expect(contributingSignals(both).sort()).toEqual(['forwardHead', 'headDrop']);
  });

  it('does not take the head lower in the frame and lower over the shoulders for two signals agreeing', () => {
    // How a camera looking down from a higher angle than at calibration sees an upright person:
    // the head lower in the frame and the neck foreshortened (the shoulders a little higher), each
    // most of the way to its threshold, the face no nearer. Both are the head's position.
    const head = ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear'];
    const shoulders = ['left_shoulder', 'right_shoulder'];
    const lower = moved(moved(upright, head, 0, 0.8 * THRESHOLDS.wholeFaceDrop * 44), shoulders, 0, -6);
    const c = classify(postureFeatures(lower), baseline);
    expect(c.signals.headDrop).toBeGreaterThan(AGREEMENT.two);
    expect(c.signals.neck).toBeGreaterThan(AGREEMENT.two);
    expect(c.signals.headDrop! < 1 && c.signals.neck! < 1).toBe(true);
    expect(c.verdict).toBe('upright');
    // The face as far on its way nearer makes it a slump: that is a second cue.
    const nearer = classify(postureFeatures(closer(lower, 1 + 0.8 * THRESHOLDS.levelForwardHead)), baseline);
    expect(nearer.verdict).toBe('slouched');
  });

  it('calls a slouch seen half the way by all three head signals at once (lower, nearer, the neck shorter)', () => {
    const head = ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear'];
    // The head 9 px lower (0.2 face widths) and 8 % nearer: no two signals reach AGREEMENT.two.
    const slight = (s: PoseSample, lower = 9, nearer = 1.08) => closer(moved(s, head, 0, lower), nearer);
    const all = classify(postureFeatures(slight(upright)), baseline);
    const [, second, third] = (['headDrop', 'forwardHead', 'neck'] as const)
      .map((name) => all.signals[name]!)
      .sort((a, b) => b - a);
    expect(second).toBeLessThan(AGREEMENT.two);
    expect(third).toBeGreaterThanOrEqual(AGREEMENT.all);
    expect(all.verdict).toBe('slouched');
    const named = contributingSignals(all);
    expect(named.sort()).toEqual(['forwardHead', 'headDrop', 'neck']);
    // A little less of each, the neck under half its threshold, is upright.
    const less = classify(postureFeatures(slight(upright, 7, 1.06)), baseline);
    expect(less.signals.neck).toBeLessThan(AGREEMENT.all);
    expect(less.verdict).toBe('upright');
    // Two of them this far are not enough: without the shoulders there is no neck to agree.
    const noShoulders = slight(seatedPose({ hidden: ['left_shoulder', 'right_shoulder'] }));
    expect(classify(postureFeatures(noShoulders), baseline).verdict).toBe('upright');
  });

  it('names what made a slouch strongest first, and nothing for a verdict that is not a slouch', () => {
    const c: Classification = {
      verdict: 'slouched',
      score: 1.6,
      signals: { headDrop: 1.2, forwardHead: 1.6, leanBack: -1.6, neck: 0.9, sink: 1.05 },
    };
    expect(contributingSignals(c)).toEqual(['forwardHead', 'headDrop', 'sink']);
    expect(contributingSignals({ ...c, verdict: 'upright', score: 0.9 })).toEqual([]);
    expect(contributingSignals({ ...c, verdict: 'unknown', score: 0 })).toEqual([]);
  });

  it('does not call a glance down slouched: the nose and eyes move, the ears (head centre) do not', () => {
    const glance = moved(upright, ['nose', 'left_eye', 'right_eye'], 0, 12);
    expect(classify(postureFeatures(glance), baseline).verdict).toBe('upright');
  });

  it('does not call a sideways head tilt slouched', () => {
    const tilt = moved(moved(upright, ['left_ear', 'left_eye'], 0, -10), ['right_ear', 'right_eye'], 0, 10);
    expect(classify(postureFeatures(tilt), baseline).verdict).toBe('upright');
  });

  it('says unknown, never upright, when the head is not visible', () => {
    const gone = seatedPose({ score: 0.05 });
    expect(classify(postureFeatures(gone), baseline)).toMatchObject({ verdict: 'unknown' });
  });

  it('reacts to smaller changes at a higher sensitivity', () => {
    // 9 px is 0.2 face widths: two thirds of the default threshold, over it at twice the sensitivity.
    const slight = moved(upright, ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear'], 0, 9);
    expect(classify(postureFeatures(slight), baseline).verdict).toBe('upright');
    expect(classify(postureFeatures(slight), baseline, { ...DEFAULT_SENSITIVITY, headDrop: 2 }).verdict).toBe(
      'slouched',
    );
  });

  it('judges a rolled head at 1× at most: a raised sensitivity does not multiply what a tilt does', () => {
    const keen = { headDrop: 2, forwardHead: 2, shoulderTilt: 2 };
    // Tilted 25° and 0.2 face widths lower than the tilt's swing: two thirds of the way at 1×.
    const tilted = lower(roll(upright, 25), 0.2);
    expect(classify(postureFeatures(tilted), baseline).verdict).toBe('upright');
    expect(classify(postureFeatures(tilted), baseline, keen).verdict).toBe('upright');
    // The same drop on a level head is a slump at 2×, and a lowered setting counts on a rolled head.
    expect(classify(postureFeatures(lower(upright, 0.2)), baseline, keen).verdict).toBe('slouched');
    const sunk = lower(roll(upright, 25), 0.4);
    expect(classify(postureFeatures(sunk), baseline).verdict).toBe('slouched');
    expect(classify(postureFeatures(sunk), baseline, { ...DEFAULT_SENSITIVITY, headDrop: 0.5 }).verdict).toBe(
      'upright',
    );
  });

  it('learns lower confidence floors for a dim camera, within 0.15–0.3', () => {
    const floors = scoreFloors([seatedPose({ score: 0.36 }), seatedPose({ score: 0.4 })]);
    expect(floors.nose).toBeCloseTo(0.19);
    expect(scoreFloors([seatedPose({ score: 0.9 })]).nose).toBe(0.3);
  });
});

describe('evaluation scoring', () => {
  it('counts unknown as wrong for both classes and reports missing classes as null', () => {
    const s = score([
      { label: 'upright', verdict: 'upright' },
      { label: 'upright', verdict: 'slouched' },
      { label: 'slouched', verdict: 'unknown' },
      { label: 'slouched', verdict: 'slouched' },
    ]);
    expect(s).toEqual({ images: 4, unknown: 1, balancedAccuracy: 0.5, uprightFalseAlarmRate: 0.5, slouchRecall: 0.5 });
    expect(score([{ label: 'upright', verdict: 'upright' }])).toMatchObject({
      balancedAccuracy: 1,
      slouchRecall: null,
    });
  });
});

describe('classifier with person lock', () => {
  const baseline = baselineOf([seatedPose()]);
  const elsewhere = moved(seatedPose(), ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear'], 120, 40);

  it('does not classify someone who is clearly not the calibrated person', () => {
    expect(classify(postureFeatures(elsewhere), baseline).verdict).toBe('unknown');
  });

  describe('a head cut off by the bottom edge of the frame', () => {
    const HEAD = ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear'];
    /** What MoveNet finds of a head sunk out of view: a quarter-size face, its centre at `y`, `x`. */
    const partOfAFace = (x: number, y: number) => {
      const pose = closer(seatedPose(), 0.25);
      return moved(pose, HEAD, x - 160, y - 76);
    };

    it('is a slump from its place alone, though its size no longer matches the calibration', () => {
      const c = classify(postureFeatures(partOfAFace(160, 230)), baseline);
      expect(c.verdict).toBe('slouched');
      expect(Object.keys(c.signals)).toEqual(['headDrop']);
    });

    it('but the same small face in view, or away from where the user sits, is nobody to judge', () => {
      expect(classify(postureFeatures(partOfAFace(160, 150)), baseline).verdict).toBe('unknown');
      expect(classify(postureFeatures(partOfAFace(290, 230)), baseline).verdict).toBe('unknown');
    });
  });

  it('looks again where the user sat: a square of five face widths around their head', () => {
    expect(userRegion(postureFeatures(seatedPose()), baseline)).toBeNull();
    const region = userRegion(postureFeatures(elsewhere), baseline)!;
    expect(region.width).toBeCloseTo(5 * 44);
    expect(region.x + region.width / 2).toBeCloseTo(160);
    // The head about a quarter of the way down (the square kept inside the 240 px frame), the
    // shoulders inside it.
    expect(region.y).toBe(240 - 220);
    expect(region.y + region.height).toBeGreaterThan(150);
  });

  it('keeps a second look taller than the frame on its bottom edge: room above the head, none below', () => {
    // Five widths of a 60 px face are 300 px, more than the 240 px frame is tall.
    const region = userRegion(postureFeatures(elsewhere), { ...baseline, faceWidth: 60 })!;
    expect(region.width).toBe(300);
    expect(region.height).toBe(300);
    expect(region.y + region.height).toBe(240);
    expect(region.x + region.width / 2).toBeCloseTo(160);
  });

  it('follows the user when the second look finds them, and keeps the first answer otherwise', async () => {
    const user = seatedPose({ shift: 2 });
    const looked: unknown[] = [];
    const found = await followUser(
      elsewhere,
      (s) => s,
      baseline,
      {},
      async (region) => {
        looked.push(region);
        return user;
      },
    );
    expect(found).toBe(user);
    expect(looked).toHaveLength(1);
    expect(
      await followUser(
        elsewhere,
        (s) => s,
        baseline,
        {},
        async () => elsewhere,
      ),
    ).toBe(elsewhere);
    expect(
      await followUser(
        elsewhere,
        (s) => s,
        baseline,
        {},
        async () => null,
      ),
    ).toBe(elsewhere);
    // The user in view: no second look at all.
    await followUser(
      user,
      (s) => s,
      baseline,
      {},
      async () => {
        throw new Error('no second look expected');
      },
    );
  });
});
