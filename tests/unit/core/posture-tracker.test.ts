import { describe, expect, it } from 'vitest';
import type { CalibrationProfile } from '../../../src/core/app/app-state';
import type { PoseSample } from '../../../src/core/pose/keypoints';
import { calibrationFrame } from '../../../src/core/posture/baselines';
import { calibrate } from '../../../src/core/posture/calibration';
import { postureFeatures } from '../../../src/core/posture/features';
import { PostureTracker } from '../../../src/core/posture/posture-tracker';
import { seatedPose } from '../../support/poses';
import { fingerprintOf, otherRoom, room } from '../../support/scenes';

const profile: CalibrationProfile = {
  name: 'Laptop',
  baseline: calibrate([{ features: postureFeatures(seatedPose()), earSpanRatio: null, noseAboveShoulders: null }]),
  floors: {},
  calibratedAt: 0,
};
const settings = { graceSeconds: 20, sensitivityHeadDrop: 1, sensitivityForwardHead: 1, sensitivityShoulderTilt: 1 };

/** Feeds one frame a second from `from` for `seconds`; returns the state at the end. */
function feed(tracker: PostureTracker, frame: PoseSample, from: number, seconds: number, against = profile) {
  for (let s = 0; s < seconds; s++) tracker.observe({ ...frame, capturedAt: (from + s) * 1000 }, against, false);
  return tracker.current.kind;
}

/** A head sunk by 30 px (0.7 face widths) seen only faintly, shoulders out of sight. */
const faintSlump: PoseSample = (() => {
  const sample = seatedPose({ drop: 30, hidden: ['left_shoulder', 'right_shoulder'] });
  return { ...sample, keypoints: sample.keypoints.map((k) => (k.score > 0.05 ? { ...k, score: 0.1 } : k)) };
})();

describe('posture tracker', () => {
  it('turns a slump seen only through faint keypoints into slouching, not away', () => {
    const tracker = new PostureTracker(0);
    tracker.configure(settings);
    expect(feed(tracker, seatedPose(), 0, 10)).toBe('good');
    expect(feed(tracker, faintSlump, 10, 60)).toBe('slouching');
  });

  it('keeps the last frame’s verdict for the live view, and none for a frame it could not judge', () => {
    const tracker = new PostureTracker(0);
    tracker.configure(settings);
    const at = (sample: PoseSample, s: number) => ({ ...sample, capturedAt: s * 1000 });
    tracker.observe(at(seatedPose(), 0), profile, false);
    expect(tracker.lastVerdict).toMatchObject({ verdict: 'upright' });
    tracker.observe(at(seatedPose({ drop: 30 }), 1), profile, false);
    expect(tracker.lastVerdict).toMatchObject({ verdict: 'slouched' });
    expect(tracker.lastVerdict!.signals.headDrop).toBeGreaterThan(1);
    tracker.observe(at(seatedPose(), 2), profile, true);
    expect(tracker.lastVerdict).toBeNull();
    tracker.observe(at(seatedPose(), 3), profile, false);
    tracker.observe(at(seatedPose({ score: 0.01 }), 4), profile, false);
    expect(tracker.lastVerdict).toBeNull();
    tracker.observe(at(seatedPose(), 5), null, false);
    expect(tracker.lastVerdict).toBeNull();
  });

  it('still reports away when nothing at all is seen', () => {
    const tracker = new PostureTracker(0);
    tracker.configure(settings);
    feed(tracker, seatedPose(), 0, 10);
    expect(feed(tracker, seatedPose({ score: 0.01 }), 10, 60)).toBe('away');
  });

  it('reads each frame against the place the profile was calibrated in', () => {
    const [study, kitchen] = [fingerprintOf(room), fingerprintOf(otherRoom)];
    const inStudy: CalibrationProfile = {
      ...profile,
      baseline: calibrate([calibrationFrame({ ...seatedPose(), scene: study })]),
    };
    // The whole head 10 px (0.23 face widths) lower: a slump only where the calibration still holds.
    const sunk = seatedPose({ drop: 10 });
    const tracker = new PostureTracker(0);
    tracker.configure(settings);
    expect(feed(tracker, { ...sunk, scene: kitchen }, 0, 60, inStudy)).toBe('good');
    expect(feed(tracker, { ...sunk, scene: study }, 60, 60, inStudy)).toBe('slouching');
  });
});
