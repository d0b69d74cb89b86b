import { describe, expect, it } from 'vitest';
import type { PoseSample } from '../../../src/core/pose/keypoints';
import { viewRegion } from '../../../src/core/pose/model-input';
import { calibrationFrame } from '../../../src/core/posture/baselines';
import { calibrate } from '../../../src/core/posture/calibration';
import { calibratedView, VIEW_FACE_WIDTHS, viewOfSample, zoomedOutView } from '../../../src/core/posture/framing';
import { seatedPose } from '../../support/poses';

/** The seated pose with the face `zoom` times as wide about its centre (the camera closer). */
function closer(zoom: number): PoseSample {
  const pose = seatedPose();
  const centre = { x: 160, y: 76 };
  return {
    ...pose,
    keypoints: pose.keypoints.map((k) =>
      k.score < 0.3 ? k : { ...k, x: centre.x + (k.x - centre.x) * zoom, y: centre.y + (k.y - centre.y) * zoom },
    ),
  };
}

const frame = { width: 320, height: 240 };

describe("framing the model's view on the face", () => {
  it('leaves a person at a usual distance in the whole frame', () => {
    // Ears 44 px apart in a 320 px frame: 5.5 face widths fit.
    const view = viewOfSample(seatedPose())!;
    expect(view).toEqual({ minSide: VIEW_FACE_WIDTHS * 44, centreX: 0.5 });
    expect(viewRegion(view, frame)).toBeNull();
  });

  it("zooms out for a face close to the camera, keeping the frame's bottom edge as the view's", () => {
    const view = viewOfSample(closer(2))!;
    expect(view.minSide).toBeCloseTo(VIEW_FACE_WIDTHS * 88);
    const region = viewRegion(view, frame)!;
    expect(region.width).toBeCloseTo(484);
    expect(region.y + region.height).toBeCloseTo(240);
    expect(region.x + region.width / 2).toBeCloseTo(160);
  });

  it('frames monitoring on the calibrated face, as calibration frames were framed on their own', () => {
    const still = closer(2);
    const baseline = calibrate([still, still, still].map((sample) => calibrationFrame(sample)));
    expect(calibratedView(baseline)).toEqual(viewOfSample(still));
  });

  it('has no view without a face: the whole frame is looked at', () => {
    expect(viewOfSample(seatedPose({ hidden: ['left_ear', 'right_ear', 'left_eye', 'right_eye', 'nose'] }))).toBeNull();
  });

  it('looks again at a frame that showed no face zoomed out: the frame half the width of the view, on its bottom edge', () => {
    const region = viewRegion(zoomedOutView(frame), frame)!;
    expect(region).toEqual({ x: -160, y: -400, width: 640, height: 640 });
  });
});
