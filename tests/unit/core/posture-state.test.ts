import { describe, expect, it } from 'vitest';
import { AdaptiveBaseline, DRIFT_WORSE_MS, MAX_OBSERVED_GAP_MS } from '../../../src/core/posture/adaptive-baseline';
import { calibrationFrame } from '../../../src/core/posture/baselines';
import { calibrate } from '../../../src/core/posture/calibration';
import { classify, THRESHOLDS, type Classification } from '../../../src/core/posture/classifier';
import { postureFeatures } from '../../../src/core/posture/features';
import { isCalibratedPerson } from '../../../src/core/posture/person-lock';
import { DEFAULT_TIMINGS, PostureStateMachine, type PostureInput } from '../../../src/core/posture/state-machine';
import { seatedPose } from '../../support/poses';
import { fingerprintOf, room } from '../../support/scenes';

const upright: Classification = { verdict: 'upright', score: 0.2, signals: { headDrop: 0.2 } };
const slouched: Classification = { verdict: 'slouched', score: 1.8, signals: { headDrop: 1.8, forwardHead: 0.4 } };
const unknown: Classification = { verdict: 'unknown', score: 0, signals: {} };

/** Feeds a verdict every `stepMs` from `from` to `to` and returns the state kinds seen (with times). */
function run(machine: PostureStateMachine, c: Classification | 'nobody', from: number, to: number, stepMs = 1000) {
  const changes: [string, number][] = [];
  for (let t = from; t <= to; t += stepMs) {
    const input: PostureInput =
      c === 'nobody' ? { kind: 'nobody', at: t } : { kind: 'classified', classification: c, at: t };
    const next = machine.update(input);
    if (next) changes.push([next.kind, t]);
  }
  return changes;
}

describe('PostureStateMachine', () => {
  it('starts unknown and turns good on the second upright frame (a lone frame is not evidence yet)', () => {
    const m = new PostureStateMachine(0);
    expect(m.current.kind).toBe('unknown');
    expect(run(m, upright, 0, 5_000)).toEqual([['good', 1_000]]);
  });

  it('never starts a slouch from one misread frame, however short the grace period', () => {
    const m = new PostureStateMachine(0, { ...DEFAULT_TIMINGS, graceMs: 0 });
    const misread: Classification = { verdict: 'slouched', score: 6, signals: { forwardHead: 6 } };
    // A camera's first frame misread (it came as another crop), then upright frames.
    expect(run(m, misread, 0, 0)).toEqual([]);
    expect(run(m, upright, 500, 10_000, 500)).toEqual([['good', 500]]);
    // Mid-session, steady sampling (a frame every 2 s): one frame of a glance down.
    expect(run(m, misread, 12_000, 12_000)).toEqual([]);
    expect(run(m, upright, 14_000, 30_000, 2000)).toEqual([]);
    expect(m.current.kind).toBe('good');
    // A slouch that lasts is one as soon as the smoothed score crosses, with no grace period.
    expect(run(m, slouched, 32_000, 40_000, 2000).map(([k]) => k)).toEqual(['slouching']);
    // And one upright frame among its frames does not end it.
    expect(run(m, upright, 42_000, 42_000)).toEqual([]);
    expect(run(m, slouched, 44_000, 44_000)).toEqual([]);
    expect(m.current.kind).toBe('slouching');
  });

  it('reports slouching only after the grace period, with the signals that caused it', () => {
    const m = new PostureStateMachine(0);
    run(m, upright, 0, 10_000);
    const changes = run(m, slouched, 11_000, 60_000);
    // Over the threshold it is "slipping" at once (the tray hints), and a slouch after the grace.
    expect(changes.map(([k]) => k)).toEqual(['slipping', 'slouching']);
    const [[, overAt], [, at]] = changes as [[string, number], [string, number]];
    expect(overAt).toBeLessThan(11_000 + 6_000);
    expect(at - overAt).toBe(DEFAULT_TIMINGS.graceMs);
    expect(m.current.signals).toEqual(['headDrop']);
  });

  it('keeps what made the slouch through a frame that is not slouched on its own', () => {
    const m = new PostureStateMachine(0, { ...DEFAULT_TIMINGS, graceMs: 0 });
    run(m, slouched, 0, 30_000);
    expect(m.current.signals).toEqual(['headDrop']);
    // One borderline frame: the smoothed score stays over EXIT, so still slouching, and the
    // reminder due now still knows it was the head.
    const borderline: Classification = { verdict: 'upright', score: 0.9, signals: { headDrop: 0.9 } };
    expect(run(m, borderline, 31_000, 31_000)).toEqual([]);
    expect(m.current).toMatchObject({ kind: 'slouching', signals: ['headDrop'] });
    // A clearly upright spell ends it, and a slouch's signals go with it.
    run(m, upright, 32_000, 60_000);
    expect(m.current).toMatchObject({ kind: 'good', signals: [] });
  });

  it('names the strongest signal first, so the reminder advises on what tipped it', () => {
    const m = new PostureStateMachine(0, { ...DEFAULT_TIMINGS, graceMs: 0 });
    const reclined: Classification = {
      verdict: 'slouched',
      score: 1.5,
      signals: { headDrop: 1.1, forwardHead: -1.5, leanBack: 1.5, sink: 1.3 },
    };
    run(m, reclined, 0, 30_000);
    expect(m.current.kind).toBe('slouching');
    expect(m.current.signals).toEqual(['leanBack', 'sink', 'headDrop']);
  });

  it('ignores a glance down shorter than the grace period', () => {
    const m = new PostureStateMachine(0);
    run(m, upright, 0, 10_000);
    expect(run(m, slouched, 11_000, 18_000).map(([k]) => k)).toEqual(['slipping']);
    expect(run(m, upright, 19_000, 60_000).map(([k]) => k)).toEqual(['good']);
    expect(m.current.kind).toBe('good');
  });

  it('recovers only when the score falls well below the entry level (hysteresis)', () => {
    const m = new PostureStateMachine(0, { ...DEFAULT_TIMINGS, graceMs: 0 });
    run(m, slouched, 0, 30_000);
    expect(m.current.kind).toBe('slouching');
    const borderline: Classification = { verdict: 'upright', score: 0.85, signals: { headDrop: 0.85 } };
    expect(run(m, borderline, 31_000, 60_000)).toEqual([]);
    expect(run(m, upright, 61_000, 80_000)[0]?.[0]).toBe('good');
  });

  it('smooths with the real time between frames, however irregular', () => {
    const a = new PostureStateMachine(0, { ...DEFAULT_TIMINGS, graceMs: 0 });
    const b = new PostureStateMachine(0, { ...DEFAULT_TIMINGS, graceMs: 0 });
    run(a, upright, 0, 10_000, 500);
    run(b, upright, 0, 10_000, 2000);
    const at = (m: PostureStateMachine) => run(m, slouched, 12_000, 40_000, m === a ? 500 : 2000)[0]?.[1];
    // Sampled four times as often, the crossing happens at about the same time.
    expect(Math.abs(at(a)! - at(b)!)).toBeLessThanOrEqual(2000);
  });

  it('rides out brief unknowns, then admits it does not know; never calls unknown good', () => {
    const m = new PostureStateMachine(0);
    run(m, upright, 0, 5_000);
    expect(run(m, unknown, 6_000, 14_000)).toEqual([]);
    expect(run(m, unknown, 15_000, 20_000)[0]?.[0]).toBe('unknown');
    const fresh = new PostureStateMachine(0);
    expect(run(fresh, unknown, 0, 60_000)).toEqual([]);
    expect(fresh.current.kind).toBe('unknown');
  });

  it('after a spell with no judged frame, a slouch must last the grace period afresh', () => {
    const m = new PostureStateMachine(0);
    run(m, upright, 0, 10_000);
    run(m, slouched, 11_000, 25_000);
    expect(m.current.kind).toBe('slipping');
    // An hour with no frame at all (a stalled camera, a sleep no pause marked), then the slouch.
    const after = run(m, slouched, 3_625_000, 3_700_000);
    expect(after[0]).toEqual(['unknown', 3_625_000]);
    const slouching = after.find(([kind]) => kind === 'slouching')!;
    expect(slouching[1] - 3_625_000).toBeGreaterThanOrEqual(DEFAULT_TIMINGS.graceMs);
  });

  it('after the clock is set back, a slouch still turns to slouching after the grace period', () => {
    const m = new PostureStateMachine(0);
    run(m, upright, 3_600_000, 3_610_000);
    expect(m.current.kind).toBe('good');
    const after = run(m, slouched, 0, 60_000);
    const slouching = after.find(([kind]) => kind === 'slouching')!;
    expect(slouching[1]).toBeGreaterThanOrEqual(DEFAULT_TIMINGS.graceMs);
    expect(slouching[1]).toBeLessThan(DEFAULT_TIMINGS.graceMs + 5_000);
  });

  it('says away after the person has been gone for a while, and good again on return', () => {
    const m = new PostureStateMachine(0);
    run(m, upright, 0, 5_000);
    const gone = run(m, 'nobody', 6_000, 60_000);
    expect(gone.map(([k]) => k)).toEqual(['unknown', 'away']);
    expect(gone[1]![1]).toBeGreaterThanOrEqual(5_000 + DEFAULT_TIMINGS.awayAfterMs);
    expect(run(m, upright, 61_000, 62_000)).toEqual([
      ['unknown', 61_000],
      ['good', 62_000],
    ]);
  });

  it('lets paused, too dark and camera off override, and starts afresh afterwards', () => {
    const m = new PostureStateMachine(0, { ...DEFAULT_TIMINGS, graceMs: 0 });
    run(m, slouched, 0, 20_000);
    expect(m.update({ kind: 'paused', at: 21_000 })?.kind).toBe('paused');
    expect(m.update({ kind: 'too-dark', at: 22_000 })?.kind).toBe('too-dark');
    expect(m.update({ kind: 'camera-off', at: 23_000 })?.kind).toBe('camera-off');
    // Evidence from before the pause does not carry over: the second upright frame reads good.
    expect(m.update({ kind: 'classified', classification: upright, at: 30_000 })?.kind).toBe('unknown');
    expect(m.update({ kind: 'classified', classification: upright, at: 30_500 })?.kind).toBe('good');
  });
});

describe('person lock', () => {
  const baseline = calibrate([
    { features: postureFeatures(seatedPose()), earSpanRatio: null, noseAboveShoulders: null },
  ]);

  it('accepts the calibrated person, shifted a little', () => {
    expect(isCalibratedPerson(postureFeatures(seatedPose({ shift: 20 })), baseline)).toBe(true);
  });

  it('rejects someone far to the side (a colleague passing behind)', () => {
    expect(isCalibratedPerson(postureFeatures(seatedPose({ shift: 130 })), baseline)).toBe(false);
  });

  it('rejects a face of a very different size (someone far behind the user)', () => {
    const small = seatedPose();
    const shrunk = {
      ...small,
      keypoints: small.keypoints.map((k) => ({ ...k, x: 160 + (k.x - 160) * 0.25, y: 76 + (k.y - 76) * 0.25 })),
    };
    expect(isCalibratedPerson(postureFeatures(shrunk), baseline)).toBe(false);
  });
});

describe('adaptive baseline', () => {
  const calibrated = calibrate([
    { features: postureFeatures(seatedPose()), earSpanRatio: null, noseAboveShoulders: null },
  ]);
  const head = (drop: number) => postureFeatures(seatedPose({ drop }));
  /** Feeds one frame a second for `seconds`. */
  const sit = (b: AdaptiveBaseline, drop: number, seconds: number, from = 0, well = true) => {
    for (let s = 1; s <= seconds; s++) b.observe(head(drop), well, (from + s) * 1000);
  };

  it('follows someone sitting taller within a minute, but not someone standing up', () => {
    const b = new AdaptiveBaseline(calibrated);
    sit(b, -3, 60);
    expect(b.current.headY! * 240).toBeCloseTo(calibrated.headY! * 240 - 3, 0);
    const standing = new AdaptiveBaseline(calibrated);
    sit(standing, -60, 600);
    expect(standing.current.headY).toBe(calibrated.headY);
  });

  it('drifts towards a slow sag only over hours, and never past its bound', () => {
    const b = new AdaptiveBaseline(calibrated);
    sit(b, 4, 10 * 60);
    const moved = (b.current.headY! - calibrated.headY!) * 240;
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThan(4 * 0.1);
    const day = new AdaptiveBaseline(calibrated);
    sit(day, 4, 12 * 3600);
    const bound = 0.35 * THRESHOLDS.headDrop * calibrated.faceWidth!;
    expect((day.current.headY! - calibrated.headY!) * 240).toBeLessThanOrEqual(bound + 1e-9);
    // A sag past the bound is never learnt, however long it lasts.
    const sag = new AdaptiveBaseline(calibrated);
    sit(sag, bound + 1, 12 * 3600);
    expect(sag.current.headY).toBe(calibrated.headY);
  });

  it('counts a gap between frames (a pause, a night asleep) as no time seen sitting', () => {
    const b = new AdaptiveBaseline(calibrated);
    sit(b, 0, 60);
    // The first frame after an hour with the camera off, a little lower: one frame's worth of drift.
    b.observe(head(4), true, (60 + 3600) * 1000);
    const moved = (b.current.headY! - calibrated.headY!) * 240;
    expect(moved).toBeGreaterThan(0);
    expect(moved).toBeLessThan(4 * (1 - Math.exp(-MAX_OBSERVED_GAP_MS / DRIFT_WORSE_MS)) + 1e-9);
  });

  it('holds someone who sat taller to it, the whole face included (ears, eyes and nose)', () => {
    const b = new AdaptiveBaseline(calibrated);
    sit(b, -3, 60);
    // Sunk a whole-face drop from where they now sit, but not quite that far from the calibration.
    const sunk = postureFeatures(seatedPose({ drop: -3 + THRESHOLDS.wholeFaceDrop * 1.1 * calibrated.faceWidth! }));
    expect(classify(sunk, calibrated).verdict).toBe('upright');
    expect(classify(sunk, b.current).verdict).toBe('slouched');
    expect(b.current.noseY! * 240).toBeCloseTo(calibrated.noseY! * 240 - 3, 0);
  });

  it('follows someone sitting extra tall only so far: sitting as calibrated is never a slump', () => {
    // Calibrated in a room, so a steady face's lower threshold applies there.
    const study = fingerprintOf(room);
    const inStudy = calibrate([calibrationFrame({ ...seatedPose(), scene: study })]);
    const b = new AdaptiveBaseline(inStudy);
    // A minute 0.15 face widths taller (a stretch), then back, a little lower than calibrated.
    const tall = postureFeatures({ ...seatedPose({ drop: -0.15 * inStudy.faceWidth! }), scene: study });
    for (let s = 1; s <= 60; s++) b.observe(tall, true, s * 1000);
    const back = postureFeatures({ ...seatedPose({ drop: 0.04 * inStudy.faceWidth! }), scene: study });
    expect(classify(back, b.current).verdict).toBe('upright');
    // Still held to it: the same steady drop from the calibration itself.
    const sunk = postureFeatures({ ...seatedPose({ drop: 0.2 * inStudy.faceWidth! }), scene: study });
    expect(classify(sunk, inStudy).verdict).toBe('slouched');
  });

  it('learns only from the ear line of a level head: looking up, or a tilt, is not sitting taller', () => {
    // Ears under hair, eyes and nose raised as the face turns up to a screen above, for minutes.
    const lookingUp = seatedPose({ hidden: ['left_ear', 'right_ear'] });
    const up = {
      ...lookingUp,
      keypoints: lookingUp.keypoints.map((k) =>
        k.name === 'nose' || k.name.endsWith('eye') ? { ...k, y: k.y - 6 } : k,
      ),
    };
    const b = new AdaptiveBaseline(calibrated);
    for (let s = 1; s <= 300; s++) b.observe(postureFeatures(up), true, s * 1000);
    expect(b.current.anchors).toEqual(calibrated.anchors);
    // A rise of the level ear line itself is followed.
    const taller = new AdaptiveBaseline(calibrated);
    sit(taller, -3, 300);
    expect(taller.current.anchors!.ears! * 240).toBeCloseTo(calibrated.anchors!.ears! * 240 - 3, 0);
    // A head rolled about 16° (its eye line) is not learnt from either.
    const rolled = seatedPose({ drop: -6 });
    const tilted = {
      ...rolled,
      keypoints: rolled.keypoints.map((k) =>
        k.name === 'left_eye' || k.name === 'left_ear' ? { ...k, y: k.y + Math.tan(Math.PI / 6) * (k.x - 160) } : k,
      ),
    };
    const t = new AdaptiveBaseline(calibrated);
    for (let s = 1; s <= 300; s++) t.observe(postureFeatures(tilted), true, s * 1000);
    expect(t.current.anchors).toEqual(calibrated.anchors);
  });

  it('never learns while slouching or slipping', () => {
    const b = new AdaptiveBaseline(calibrated);
    sit(b, -5, 600, 0, false);
    expect(b.current).toEqual(calibrated);
  });
});
