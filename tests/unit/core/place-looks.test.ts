import { describe, expect, it } from 'vitest';
import type { PoseSample } from '../../../src/core/pose/keypoints';
import { SAME_SCENE, sceneMatch, type SceneFingerprint } from '../../../src/core/pose/scene';
import { calibrationFrame } from '../../../src/core/posture/baselines';
import { calibrate, type PostureBaseline } from '../../../src/core/posture/calibration';
import { classify } from '../../../src/core/posture/classifier';
import { postureFeatures } from '../../../src/core/posture/features';
import {
  inCalibratedPlace,
  MAX_EARLIER_LOOKS,
  placeLooks,
  sameSeat,
  withEarlierLooks,
} from '../../../src/core/posture/place-looks';
import { lower } from '../../support/head-moves';
import { seatedPose } from '../../support/poses';
import { fingerprintOf, otherRoom, room, roomAtNight } from '../../support/scenes';

/**
 * One room by day and at night: calibrated again at night from the same seat, the profile knows
 * the room in both looks; from another seat, or in another camera mode, the earlier looks go.
 */
const day = fingerprintOf(room);
const night = fingerprintOf(roomAtNight);
const kitchen = fingerprintOf(otherRoom);
const seen = (sample: PoseSample, scene: SceneFingerprint | null): PoseSample => ({ ...sample, scene });
const calibratedOn = (sample: PoseSample) => calibrate([calibrationFrame(sample), calibrationFrame(sample)]);

/** A person's pose scaled about their nose: nearer (> 1) or further (< 1) from the camera. */
const scaled = (sample: PoseSample, factor: number): PoseSample => ({
  ...sample,
  keypoints: sample.keypoints.map((k) => ({ ...k, x: 160 + (k.x - 160) * factor, y: 80 + (k.y - 80) * factor })),
});

const byDay = calibratedOn(seen(seatedPose(), day));
const atNight = calibratedOn(seen(seatedPose({ drop: 1 }), night));

describe('looks of the calibrated place', () => {
  it('the drawn room at night reads as another place to a calibration made by day', () => {
    expect(sceneMatch(day, night)!).toBeLessThan(SAME_SCENE);
    expect(inCalibratedPlace(byDay, night)).toBe(false);
    expect(byDay.frameSize).toEqual({ width: 320, height: 240 });
    expect(byDay.earlierLooks).toEqual([]);
  });

  it('calibrated again at night from the same seat, both looks are the calibrated place, and no other room is', () => {
    expect(sameSeat(byDay, atNight)).toBe(true);
    const both = withEarlierLooks(atNight, byDay);
    expect(placeLooks(both)).toEqual([night, day]);
    expect(inCalibratedPlace(both, night)).toBe(true);
    expect(inCalibratedPlace(both, day)).toBe(true);
    expect(inCalibratedPlace(both, kitchen)).toBe(false);
    expect(inCalibratedPlace(both, null)).toBeNull();
  });

  it('by day again, a small sink of the whole face is a slump to the night calibration, as it was to the day one', () => {
    const sunkByDay = seen(lower(seatedPose(), 0.22), day);
    expect(classify(postureFeatures(sunkByDay), byDay).verdict).toBe('slouched');
    expect(classify(postureFeatures(sunkByDay), atNight).verdict).toBe('upright');
    expect(classify(postureFeatures(sunkByDay), withEarlierLooks(atNight, byDay)).verdict).toBe('slouched');
    expect(classify(postureFeatures(seen(seatedPose(), day)), withEarlierLooks(atNight, byDay)).verdict).toBe(
      'upright',
    );
  });

  it('a little lower or nearer is the same seat: the earlier light then reads taller or further, never slumped', () => {
    const from = (sample: PoseSample) => calibratedOn(seen(sample, night));
    // 0.2 face widths lower; the face 10 % larger.
    for (const sameSeatNow of [from(seatedPose({ drop: 9 })), from(scaled(seatedPose(), 1.1))]) {
      expect(sameSeat(byDay, sameSeatNow)).toBe(true);
      expect(placeLooks(withEarlierLooks(sameSeatNow, byDay))).toEqual([night, day]);
    }
    // By day against the lower night calibration, an upright person reads taller.
    const lowerAtNight = withEarlierLooks(from(seatedPose({ drop: 9 })), byDay);
    expect(classify(postureFeatures(seen(seatedPose(), day)), lowerAtNight).verdict).toBe('upright');
  });

  it('another seat is another place: the head higher, a slouch lower or across, the face smaller or far nearer, another camera mode', () => {
    const from = (sample: PoseSample) => calibratedOn(seen(sample, night));
    for (const elsewhere of [
      from(seatedPose({ drop: -6 })),
      from(seatedPose({ drop: 16 })),
      from(seatedPose({ shift: 30 })),
      from(scaled(seatedPose(), 0.9)),
      from(scaled(seatedPose(), 1.2)),
      { ...atNight, frameSize: { width: 640, height: 480 } },
    ]) {
      expect(sameSeat(byDay, elsewhere)).toBe(false);
      expect(placeLooks(withEarlierLooks(elsewhere, byDay))).toEqual([night]);
    }
    // A profile saved before frame sizes were kept cannot tell its seat: its look is not carried over.
    expect(sameSeat({ ...byDay, frameSize: null }, atNight)).toBe(false);
  });

  it('keeps one copy of each look, newest first, and at most MAX_EARLIER_LOOKS of them', () => {
    const dayAgain = calibratedOn(seen(seatedPose({ drop: 1 }), fingerprintOf(room, 60)));
    const looks = placeLooks(withEarlierLooks(dayAgain, withEarlierLooks(atNight, byDay)));
    expect(looks).toHaveLength(2);
    expect(looks[0]).toEqual(dayAgain.scene);
    expect(looks[1]).toEqual(night);

    let profile: PostureBaseline = byDay;
    // Each look unlike every other (correlations under SAME_SCENE), the last also unlike the day's.
    const lights = [night, kitchen, fingerprintOf((x, y) => 90 + ((x + y) % 3) * 30)];
    for (const light of [
      ...lights,
      fingerprintOf((x, y) => 100 + (x < 4 && y > 6 ? 90 : 0) + (x > 12 && y < 4 ? -40 : 0)),
    ])
      profile = withEarlierLooks(calibratedOn(seen(seatedPose(), light)), profile);
    expect(profile.earlierLooks).toHaveLength(MAX_EARLIER_LOOKS);
    expect(profile.earlierLooks).toEqual([...lights].reverse());
  });

  it('a calibration whose frames had no fingerprint keeps no looks', () => {
    expect(withEarlierLooks(calibratedOn(seatedPose()), byDay).earlierLooks).toEqual([]);
  });
});
