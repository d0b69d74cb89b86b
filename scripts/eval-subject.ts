/** A subject's calibration in `eval:posture`, and what stderr says of its photos. */
import type { PoseSample } from '../src/core/pose/keypoints';
import { calibrationFrame } from '../src/core/posture/baselines';
import { calibrate, calibrationAdvice, scoreFloors, type PostureBaseline } from '../src/core/posture/calibration';
import { inCalibratedFrame, usualFrameSize } from '../src/core/posture/frame-size';

/**
 * Says on stderr what the wizard would have said of a subject's calibration photos, so a weak
 * subject's figures can be read for what they are (they are scored all the same).
 */
export function noteCalibration(
  subject: string,
  photos: number,
  samples: PoseSample[],
  baseline: PostureBaseline,
  otherShape: number,
): void {
  if (baseline.headY === null) {
    const why = photos === 0 ? 'no images in its calibrate/' : `no face found in its ${photos} calibrate/ photo(s)`;
    console.error(`eval:posture: ${subject}: ${why}; all its photos are unknown`);
    return;
  }
  const advice = calibrationAdvice(samples);
  const notes = [
    samples.length < photos && `${photos - samples.length} of ${photos} calibrate/ photos showed no person`,
    otherShape > 0 && `${otherShape} of ${samples.length} calibrate/ photos have another shape than the rest, left out`,
    advice.faceUnclear && 'the face is seen only faintly',
    advice.shouldersHidden && 'the shoulders are mostly out of view',
    advice.headLow && 'the head is so low in the picture that a slump takes the chin out of view',
    advice.moved && 'the head moved a slouch’s worth between the photos',
    advice.handAtFace && 'a hand is at the face',
    advice.earsHidden && 'the ears are hidden, so the head is measured from the eyes alone',
  ].filter(Boolean);
  if (notes.length > 0) console.error(`eval:posture: ${subject}: calibration: ${notes.join('; ')}`);
}

/**
 * A subject's calibration from its photos' keypoints, as the wizard calibrates on a camera's
 * frames: all in one frame size (photos of the most common shape measured at its most common
 * size; calibrate() leaves out frames of another size). `otherShape` counts those left out.
 */
export function calibrateSubject(samples: readonly PoseSample[]) {
  const size = usualFrameSize(samples.map((s) => ({ width: s.frameWidth, height: s.frameHeight })));
  const framed = samples.map((sample) => inCalibratedFrame(sample, size));
  const oneSize = framed.filter((sample): sample is PoseSample => sample !== null);
  const floors = scoreFloors(oneSize);
  const baseline = calibrate(oneSize.map((sample) => calibrationFrame(sample, floors)));
  return { baseline, floors, otherShape: samples.length - oneSize.length };
}

/**
 * Test photos of another shape than the subject's calibration photos are `unknown`, as a camera
 * picture of another shape is in the app: positions in a crop mean other places. Said on stderr,
 * since each is scored as wrong.
 */
export function noteOtherViews(subject: string, files: readonly string[]): void {
  if (files.length === 0) return;
  const names = files.map((file) => file.split('/').pop()).join(', ');
  console.error(
    `eval:posture: ${subject}: ${files.length} photo(s) have another shape (width ÷ height) than its ` +
      `calibrate/ photos, so are not judged (unknown, as the app treats a camera picture of another shape): ${names}`,
  );
}
