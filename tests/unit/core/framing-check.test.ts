import { describe, expect, it } from 'vitest';
import type { PoseSample } from '../../../src/core/pose/keypoints';
import { framingChecks } from '../../../src/core/posture/framing-check';
import { seatedPose } from '../../support/poses';

const frames = (sample: PoseSample, n = 10) => Array.from({ length: n }, () => sample);
const nobody: PoseSample = { ...seatedPose(), keypoints: [] };

describe('the framing check before calibrating', () => {
  it('says nothing before the first frame', () => {
    expect(framingChecks([])).toBeNull();
  });

  it('asks only for the face while most frames show none', () => {
    expect(framingChecks(frames(nobody))).toEqual([['face', false]]);
    expect(framingChecks([...frames(nobody, 6), ...frames(seatedPose(), 4)])).toEqual([['face', false]]);
  });

  it('passes every check for a clear face with the shoulders in view and room below the chin', () => {
    expect(framingChecks([...frames(nobody, 4), ...frames(seatedPose(), 6)])).toEqual([
      ['face', true],
      ['light', true],
      ['shoulders', true],
      ['room', true],
    ]);
  });

  it('names what to change: a faint face, hidden shoulders, a head low in the picture', () => {
    const faint = framingChecks(frames(seatedPose({ score: 0.2 })));
    expect(faint).toContainEqual(['light', false]);
    const low = framingChecks(frames(seatedPose({ drop: 125, hidden: ['left_shoulder', 'right_shoulder'] })));
    expect(low).toEqual([
      ['face', true],
      ['light', true],
      ['shoulders', false],
      ['room', false],
    ]);
  });

  it('adds the hand only while one is at the face', () => {
    const chinOnHand: PoseSample = {
      ...seatedPose(),
      keypoints: seatedPose().keypoints.map((k) =>
        k.name === 'right_wrist' ? { ...k, x: 165, y: 110, score: 0.7 } : k,
      ),
    };
    expect(framingChecks(frames(chinOnHand))).toContainEqual(['hand', false]);
    expect(framingChecks(frames(seatedPose()))?.map(([check]) => check)).not.toContain('hand');
  });
});
