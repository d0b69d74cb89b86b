import { describe, expect, it } from 'vitest';
import { Backoff } from '../../../src/core/backoff';
import { ChangeGate, CHANGE_GATE } from '../../../src/core/pose/change-gate';
import { lumaSummary, THUMB_COLUMNS, THUMB_ROWS } from '../../../src/core/pose/frame-convert';
import { MODEL_INPUT_SIZE, toModelInput } from '../../../src/core/pose/model-input';
import { keypoint } from '../../../src/core/pose/keypoints';
import { DarknessDetector } from '../../../src/core/pose/luminance';
import { bodyScale, isPersonVisible, upperBodyMotion } from '../../../src/core/pose/motion';
import { AdaptiveSampler, captureFrameRateFor, SAMPLING, type SamplingContext } from '../../../src/core/pose/sampler';
import { seatedPose } from '../../support/poses';

const steady: SamplingContext = { cameraAllowed: true, calibrating: false, liveView: false };

describe('motion', () => {
  it('measures body size from the shoulders, else the eyes', () => {
    expect(bodyScale(seatedPose())).toBe(100);
    expect(bodyScale(seatedPose({ hidden: ['left_shoulder'] }))).toBe(50);
  });

  it('is zero for the same pose and grows with movement, relative to body size', () => {
    expect(upperBodyMotion(seatedPose(), seatedPose())).toBe(0);
    expect(upperBodyMotion(seatedPose(), seatedPose({ shift: 10 }))).toBeCloseTo(0.1);
  });

  it('ignores points below the confidence threshold', () => {
    expect(keypoint(seatedPose({ score: 0.2 }), 'nose')).toBeNull();
    expect(isPersonVisible(seatedPose({ score: 0.2 }))).toBe(false);
    expect(upperBodyMotion(seatedPose(), seatedPose({ score: 0.2 }))).toBeNull();
  });
});

describe('AdaptiveSampler', () => {
  it('takes no frame at all while the camera is not allowed (paused, locked, suspended)', () => {
    const sampler = new AdaptiveSampler();
    expect(sampler.nextDelayMs({ ...steady, cameraAllowed: false })).toBeNull();
    expect(sampler.nextDelayMs({ ...steady, cameraAllowed: false, calibrating: true, liveView: true })).toBeNull();
  });

  it('looks often while things change, then slows down to one frame every 2 s when steady', () => {
    const sampler = new AdaptiveSampler();
    const delays: number[] = [];
    for (let i = 0; i < 12; i++) {
      sampler.observe(seatedPose(), false);
      delays.push(sampler.nextDelayMs(steady)!);
    }
    expect(delays[0]).toBe(SAMPLING.changingMs);
    expect(delays).toContain(SAMPLING.steadyFastMs);
    expect(delays.at(-1)).toBe(SAMPLING.steadySlowMs);
    for (let i = 1; i < delays.length; i++) expect(delays[i]!).toBeGreaterThanOrEqual(delays[i - 1]!);
  });

  it('speeds up again as soon as the person moves', () => {
    const sampler = new AdaptiveSampler();
    for (let i = 0; i < 12; i++) sampler.observe(seatedPose(), false);
    expect(sampler.nextDelayMs(steady)).toBe(SAMPLING.steadySlowMs);
    sampler.observe(seatedPose({ drop: 25 }), false);
    expect(sampler.nextDelayMs(steady)).toBe(SAMPLING.changingMs);
  });

  it('samples fast while calibrating or watched, and slowly when nobody is there or it is dark', () => {
    const sampler = new AdaptiveSampler();
    expect(sampler.nextDelayMs({ ...steady, calibrating: true })).toBe(SAMPLING.calibratingMs);
    expect(sampler.nextDelayMs({ ...steady, liveView: true })).toBe(SAMPLING.liveViewMs);
    sampler.observe(seatedPose({ score: 0.1 }), false);
    expect(sampler.nextDelayMs(steady)).toBe(SAMPLING.noPersonMs);
    sampler.observe(seatedPose(), true);
    expect(sampler.nextDelayMs(steady)).toBe(SAMPLING.tooDarkMs);
  });

  it('honours a fixed interval (benchmark baseline) and a change signal from outside', () => {
    const sampler = new AdaptiveSampler();
    expect(sampler.nextDelayMs({ ...steady, fixedIntervalMs: 100 })).toBe(100);
    for (let i = 0; i < 12; i++) sampler.observe(seatedPose(), false);
    sampler.markChanging();
    expect(sampler.nextDelayMs(steady)).toBe(SAMPLING.changingMs);
  });

  it('averages under one frame a second over a steady minute (what keeps CPU low)', () => {
    const sampler = new AdaptiveSampler();
    let elapsed = 0;
    let frames = 0;
    while (elapsed < 60_000) {
      sampler.observe(seatedPose(), false);
      elapsed += sampler.nextDelayMs(steady)!;
      frames += 1;
    }
    expect(frames).toBeLessThan(40);
  });
});

describe('DarknessDetector', () => {
  it('needs two dark frames to call it dark and one bright frame to clear it (hysteresis)', () => {
    const d = new DarknessDetector();
    expect(d.update(20)).toBe(false);
    expect(d.update(80)).toBe(false);
    expect(d.update(20)).toBe(false);
    expect(d.update(20)).toBe(true);
    expect(d.update(40)).toBe(true);
    expect(d.update(50)).toBe(false);
  });
});

describe('Backoff', () => {
  it('doubles up to the cap and starts over after a success', () => {
    const b = new Backoff(1000, 5000);
    expect([b.nextDelayMs(), b.nextDelayMs(), b.nextDelayMs(), b.nextDelayMs(), b.nextDelayMs()]).toEqual([
      1000, 2000, 4000, 5000, 5000,
    ]);
    b.reset();
    expect(b.nextDelayMs()).toBe(1000);
  });
});

describe('ChangeGate', () => {
  const flat = (value: number) => new Float32Array(THUMB_COLUMNS * THUMB_ROWS).fill(value);

  it('analyses the first frame and whenever there is nothing to reuse', () => {
    const gate = new ChangeGate();
    expect(gate.decide(flat(100), 0, true).analyse).toBe(true);
    gate.analysed(flat(100), 0);
    expect(gate.decide(flat(100), 1000, false).analyse).toBe(true);
  });

  it('reuses the result while the picture stays the same (sensor noise included)', () => {
    const gate = new ChangeGate();
    gate.analysed(flat(100), 0);
    const noisy = flat(100).map((v, i) => v + ((i * 7) % 3) - 1);
    expect(gate.decide(noisy, 1000, true)).toMatchObject({ analyse: false });
  });

  it('analyses when one part of the picture moves (a head drops), though the mean barely changes', () => {
    const gate = new ChangeGate();
    gate.analysed(flat(100), 0);
    const moved = flat(100);
    moved[20] = 140;
    const decision = gate.decide(moved, 1000, true);
    expect(decision.meanDiff).toBeLessThan(CHANGE_GATE.meanThreshold);
    expect(decision.analyse).toBe(true);
  });

  it('adds up a slow drift against the last analysed frame, not the previous one', () => {
    const gate = new ChangeGate();
    gate.analysed(flat(100), 0);
    let analysedAt: number | null = null;
    for (let step = 1; step <= 8; step++) {
      if (gate.decide(flat(100 + step), step * 1000, true).analyse) {
        analysedAt = step;
        break;
      }
    }
    expect(analysedAt).toBe(Math.ceil(CHANGE_GATE.meanThreshold));
  });

  it('forces a fresh analysis after the reuse limit', () => {
    const gate = new ChangeGate();
    gate.analysed(flat(100), 0);
    expect(gate.decide(flat(100), CHANGE_GATE.maxReuseMs - 1, true).analyse).toBe(false);
    expect(gate.decide(flat(100), CHANGE_GATE.maxReuseMs, true).analyse).toBe(true);
  });
});

describe('captureFrameRateFor', () => {
  it('asks the camera for a little more than the sampler takes, within 1–15 fps', () => {
    expect(captureFrameRateFor(2000)).toBe(1);
    expect(captureFrameRateFor(500)).toBe(3);
    expect(captureFrameRateFor(100)).toBe(15);
    expect(captureFrameRateFor(null)).toBe(1);
  });
});

describe('lumaSummary', () => {
  it('averages luma per cell for the change-gate thumbnail', () => {
    const w = 32;
    const h = 24;
    const rgba = new Uint8Array(w * h * 4);
    // Left half black, right half white.
    for (let y = 0; y < h; y++) for (let x = w / 2; x < w; x++) rgba.fill(255, (y * w + x) * 4, (y * w + x) * 4 + 3);
    const thumb = new Float32Array(THUMB_COLUMNS * THUMB_ROWS);
    const luminance = lumaSummary('RGBA', rgba, [{ offset: 0, stride: w * 4 }], w, h, thumb, 1);
    expect(thumb[0]).toBeCloseTo(0);
    expect(thumb[THUMB_COLUMNS - 1]).toBeCloseTo(255, 0);
    expect(thumb[THUMB_COLUMNS * THUMB_ROWS - 1]).toBeCloseTo(255, 0);
    expect(luminance).toBeCloseTo(127.5, 0);
  });

  it('reads limited-range luma straight from a YUV plane, in the full range of the RGB path', () => {
    const w = 64;
    const h = 48;
    const data = new Uint8Array(w * h * 1.5).fill(128);
    data.fill(16, 0, (w * h) / 2); // top half black
    data.fill(235, (w * h) / 2, w * h); // bottom half white
    const thumb = new Float32Array(THUMB_COLUMNS * THUMB_ROWS);
    const planes = [
      { offset: 0, stride: w },
      { offset: w * h, stride: w / 2 },
      { offset: w * h * 1.25, stride: w / 2 },
    ];
    expect(lumaSummary('I420', data, planes, w, h, thumb)).toBeCloseTo(127.5, 0);
    expect(thumb[0]).toBeCloseTo(0);
    expect(thumb[THUMB_COLUMNS * THUMB_ROWS - 1]).toBeCloseTo(255, 0);
    // The same picture through the full conversion has the same brightness.
    const full = toModelInput(
      { format: 'I420', data: data, planes: planes, width: w, height: h },
      new Float32Array(MODEL_INPUT_SIZE ** 2 * 3),
    );
    expect(full.luminance).toBeCloseTo(127.5, 0);
  });
});
