import { describe, expect, it } from 'vitest';
import type { CalibrationProfile } from '../../../src/core/app/app-state';
import type { PoseSample } from '../../../src/core/pose/keypoints';
import { calibrate } from '../../../src/core/posture/calibration';
import { classify } from '../../../src/core/posture/classifier';
import { classifyFrame, OTHER_VIEW } from '../../../src/core/posture/classify-frame';
import { postureFeatures } from '../../../src/core/posture/features';
import { inCalibratedFrame, usualFrameSize } from '../../../src/core/posture/frame-size';
import { PostureTracker } from '../../../src/core/posture/posture-tracker';
import { seatedPose } from '../../support/poses';

/** The frame seen `by` times larger (the camera in another mode): the same view, more pixels. */
const scaled = (sample: PoseSample, by: number): PoseSample => ({
  ...sample,
  frameWidth: sample.frameWidth * by,
  frameHeight: sample.frameHeight * by,
  keypoints: sample.keypoints.map((k) => ({ ...k, x: k.x * by, y: k.y * by })),
});

/**
 * The first frame Chromium's fake camera gives of a 16:9 picture asked for at 320 wide: a 4:3
 * crop of it at twice the pixels (seen in the real app: 480×360 before 320×180 frames).
 */
const firstFrameCrop = (sample: PoseSample): PoseSample => {
  const x0 = (sample.frameWidth - (sample.frameHeight * 4) / 3) / 2;
  return {
    ...sample,
    frameWidth: ((sample.frameHeight * 4) / 3) * 2,
    frameHeight: sample.frameHeight * 2,
    keypoints: sample.keypoints.map((k) => ({ ...k, x: (k.x - x0) * 2, y: k.y * 2 })),
  };
};

/** A 16:9 frame of the seated person, as a 320-wide camera gives one. */
const wide = (options?: Parameters<typeof seatedPose>[0]): PoseSample => ({
  ...seatedPose(options),
  frameWidth: 320,
  frameHeight: 180,
});

const frame = (sample: PoseSample) => ({
  features: postureFeatures(sample),
  earSpanRatio: null,
  noseAboveShoulders: null,
});
const profileOf = (samples: PoseSample[]): CalibrationProfile => ({
  name: 'Laptop',
  baseline: calibrate(samples.map(frame)),
  floors: {},
  calibratedAt: 0,
});
const settings = { graceSeconds: 0, sensitivityHeadDrop: 1, sensitivityForwardHead: 1, sensitivityShoulderTilt: 1 };

describe('frames of another size or shape than calibration', () => {
  it('measures a frame at another resolution in the calibrated pixels, so the face is not nearer', () => {
    const profile = profileOf([wide()]);
    const double = scaled(wide(), 2);
    // Compared as it comes, twice the pixels read as a face twice as near.
    expect(classify(postureFeatures(double), profile.baseline).signals.forwardHead).toBeGreaterThan(5);
    const framed = inCalibratedFrame(double, profile.baseline.frameSize)!;
    expect(framed.frameWidth).toBe(320);
    const verdict = classify(postureFeatures(framed), profile.baseline);
    expect(verdict.verdict).toBe('upright');
    expect(verdict.signals.forwardHead).toBeCloseTo(0, 5);
    // A real slump at that resolution is still one.
    const slump = inCalibratedFrame(scaled(wide({ drop: 30 }), 2), profile.baseline.frameSize)!;
    expect(classify(postureFeatures(slump), profile.baseline).verdict).toBe('slouched');
  });

  it('does not compare a frame of another shape (a crop shows other places), nor change old profiles', () => {
    const calibrated = { width: 320, height: 180 };
    expect(inCalibratedFrame(firstFrameCrop(wide()), calibrated)).toBeNull();
    const same = wide();
    expect(inCalibratedFrame(same, calibrated)).toBe(same);
    expect(inCalibratedFrame(scaled(same, 3), null)!.frameWidth).toBe(960);
    // Rounding of a camera's sizes is the same shape: 426×240 and 320×180 are both 16:9.
    expect(inCalibratedFrame({ ...same, frameWidth: 426, frameHeight: 240 }, calibrated)).not.toBeNull();
  });

  it('judges one frame as the monitor does, which the evaluation judges each photo through', () => {
    const { baseline } = profileOf([wide()]);
    const upright = classifyFrame(scaled(wide(), 2), baseline);
    expect(upright.verdict).toBe('upright');
    expect(upright.signals.forwardHead).toBeCloseTo(0, 5);
    expect(classifyFrame(scaled(wide({ drop: 30 }), 2), baseline).verdict).toBe('slouched');
    // Even a clear slump in a picture of another shape is not compared.
    expect(classifyFrame(firstFrameCrop(wide({ drop: 30 })), baseline)).toEqual(OTHER_VIEW);
  });

  it('never lets the camera’s odd first frame start a slouch, even with no grace period', () => {
    const profile = profileOf([wide()]);
    const tracker = new PostureTracker(0);
    tracker.configure(settings);
    const states: string[] = [];
    const observe = (sample: PoseSample, s: number) => {
      const state = tracker.observe({ ...sample, capturedAt: s * 1000 }, profile, false);
      if (state) states.push(state.kind);
    };
    observe(firstFrameCrop(wide()), 0);
    expect(tracker.lastVerdict).toMatchObject({ verdict: 'unknown', because: 'otherView' });
    for (let s = 1; s < 20; s++) observe(wide(), s);
    expect(states).toEqual(['good']);
    // A camera that stays in another mode is not judged: unknown once the hold runs out.
    for (let s = 20; s < 40; s++) observe(firstFrameCrop(wide({ drop: 30 })), s);
    expect(states).toEqual(['good', 'unknown']);
  });

  it('calibrates on the frames of the usual size, leaving a stray frame of another out', () => {
    const stray = firstFrameCrop(wide());
    const baseline = calibrate([stray, wide(), wide()].map(frame));
    expect(baseline.frameSize).toEqual({ width: 320, height: 180 });
    expect(baseline.frames).toBe(2);
    expect(baseline.faceWidth).toBeCloseTo(postureFeatures(wide()).faceWidth!, 5);
    expect(usualFrameSize([])).toBeNull();
    expect(
      usualFrameSize([
        { width: 1, height: 1 },
        { width: 2, height: 2 },
      ]),
    ).toEqual({ width: 1, height: 1 });
  });
});
