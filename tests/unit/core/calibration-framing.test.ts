import { describe, expect, it } from 'vitest';
import type { PoseSample } from '../../../src/core/pose/keypoints';
import {
  agreedView,
  CalibrationFraming,
  FRAMING_FRAMES,
  framedFrames,
} from '../../../src/core/posture/calibration-framing';
import { VIEW_FACE_WIDTHS } from '../../../src/core/posture/framing';
import { seatedPose } from '../../support/poses';

/** seatedPose's ear span is 44 px, its head centred at x 160 of 320. */
const sitting = (shift = 0) => seatedPose({ shift });
/** The model made nothing of the frame: no face to frame a view on. */
const nobody = (): PoseSample => ({
  ...seatedPose(),
  keypoints: seatedPose().keypoints.map((k) => ({ ...k, score: 0.02 })),
});
/** A misread frame: the face placed far aside and half as wide. */
const misread = (): PoseSample => ({
  ...seatedPose(),
  keypoints: seatedPose().keypoints.map((k) => (k.name.endsWith('ear') ? { ...k, x: 100 + (k.x - 160) / 2 } : k)),
});

describe('calibration framing', () => {
  it('frames the first frames showing the person each on its own face, then all on the view they agree on', () => {
    const framing = new CalibrationFraming();
    expect(framing.request()).toBe('self-framed');
    framing.observe(nobody());
    framing.observe(sitting());
    framing.observe(sitting(2));
    expect(framing.request()).toBe('self-framed');
    framing.observe(sitting(-2));
    expect(FRAMING_FRAMES).toBe(3);
    const view = framing.request();
    expect(view).toEqual({ minSide: expect.closeTo(VIEW_FACE_WIDTHS * 44, 5), centreX: expect.closeTo(0.5, 5) });
    // Later frames do not move it; a new calibration finds it afresh.
    framing.observe(sitting(60));
    expect(framing.request()).toEqual(view);
    framing.reset();
    expect(framing.request()).toBe('self-framed');
  });

  it('agrees on the face most frames show: one misread frame of three barely moves the view', () => {
    const view = agreedView([sitting(), misread(), sitting(1)])!;
    expect(view.minSide).toBeCloseTo(VIEW_FACE_WIDTHS * 44, 0);
    expect(view.centreX).toBeCloseTo(0.5, 1); // the misread face sits 0.19 of the frame aside
    expect(agreedView([nobody()])).toBeNull();
  });

  it('calibrates from the frames after the first ones showing the person', () => {
    const frames = [nobody(), sitting(1), sitting(2), nobody(), sitting(3), sitting(4), nobody()];
    expect(framedFrames(frames)).toEqual([sitting(4), nobody()]);
    expect(framedFrames([sitting(), sitting()])).toEqual([]);
  });
});
