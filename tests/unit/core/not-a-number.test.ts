import { describe, expect, it } from 'vitest';
import { keypoint, keypointScore, type KeypointName, type PoseSample } from '../../../src/core/pose/keypoints';
import { calibrationFrame } from '../../../src/core/posture/baselines';
import { calibrate, calibrationAdvice, scoreFloors } from '../../../src/core/posture/calibration';
import { classifyFrame } from '../../../src/core/posture/classify-frame';
import { seatedPose } from '../../support/poses';

/**
 * A backend fault can hand back NaN for a point. Such a point is unseen: it must neither place a
 * head nor, through one NaN signal, hide the others and let a slump pass as upright.
 */
const withPoint = (sample: PoseSample, name: KeypointName, change: { x?: number; y?: number; score?: number }) => ({
  ...sample,
  keypoints: sample.keypoints.map((k) => (k.name === name ? { ...k, ...change } : k)),
});

const calibrationPhotos = [seatedPose(), seatedPose({ shift: 1 })];
const floors = scoreFloors(calibrationPhotos);
const baseline = calibrate(calibrationPhotos.map((s) => calibrationFrame(s, floors)));

describe('a point the model gave no number for', () => {
  it('is not seen, and its confidence is none', () => {
    for (const change of [{ x: NaN }, { y: Infinity }, { score: NaN }]) {
      const sample = withPoint(seatedPose(), 'nose', change);
      expect(keypoint(sample, 'nose')).toBeNull();
      expect(keypointScore(sample, 'nose')).toBe(0);
    }
    expect(keypointScore(seatedPose(), 'nose')).toBe(0.8);
  });

  it('does not hide a slump: the frame is judged on the points that are numbers', () => {
    const slumped = seatedPose({ drop: 60 });
    expect(classifyFrame(slumped, baseline, floors).verdict).toBe('slouched');
    for (const name of ['left_eye', 'nose', 'left_ear', 'left_shoulder'] as const) {
      const c = classifyFrame(withPoint(slumped, name, { x: NaN }), baseline, floors);
      expect(c.verdict, name).toBe('slouched');
      expect(Number.isFinite(c.score), name).toBe(true);
    }
  });

  it('does not count towards calibration: floors and advice read it as unseen', () => {
    const noNose = calibrationPhotos.map((s) => withPoint(s, 'nose', { score: NaN }));
    expect(scoreFloors(noNose).nose).toBe(0.15);
    const heads = ['nose', 'left_eye', 'right_eye', 'left_ear', 'right_ear'] as const;
    const noFace = calibrationPhotos.map((s) => heads.reduce((t, name) => withPoint(t, name, { score: NaN }), s));
    expect(calibrationAdvice(calibrationPhotos).faceUnclear).toBe(false);
    expect(calibrationAdvice(noFace).faceUnclear).toBe(true);
  });

  // Seeded, so a failure repeats: heads sunk by up to a slump and more, points jittered, thrown
  // off the frame, stacked on one place, given edge scores or no numbers at all, each frame judged
  // against a calibration made of such frames (before the fix, it failed).
  it('leaves every score a number, whatever the points: a NaN would read as upright', () => {
    let seed = 12345;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const odd = [NaN, Infinity, -Infinity, 0, 0.3, 1];
    const shaken = (sample: PoseSample, spread: number): PoseSample => {
      const stack = { x: random() * 320, y: random() * 240 };
      return {
        ...sample,
        keypoints: sample.keypoints.map((k) => {
          const roll = random();
          if (roll < 0.05) return { ...k, ...stack };
          if (roll < 0.1) return { ...k, x: random() * 1000 - 300, y: random() * 1000 - 300 };
          if (roll < 0.15) return { ...k, x: odd[Math.floor(random() * 6)]!, score: odd[Math.floor(random() * 6)]! };
          const score = Math.min(1, Math.max(0, k.score + random() - 0.5));
          return { ...k, x: k.x + (random() - 0.5) * spread, y: k.y + (random() - 0.5) * spread, score };
        }),
      };
    };
    for (let i = 0; i < 2000; i++) {
      const photos = [0, 1, 2].map(() => shaken(seatedPose({ shift: random() * 40 - 20 }), random() * 20));
      const floors = scoreFloors(photos);
      const baseline = calibrate(photos.map((s) => calibrationFrame(s, floors)));
      const c = classifyFrame(shaken(seatedPose({ drop: random() * 80 }), random() * 60), baseline, floors);
      expect([c.score, ...Object.values(c.signals)].every(Number.isFinite), JSON.stringify(c)).toBe(true);
    }
  });
});
