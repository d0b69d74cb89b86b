import type { PoseSample } from '../pose/keypoints';
import type { AnalysisView } from '../pose/model-input';
import { calibrationFrame } from './baselines';
import { calibrate, scoreFloors } from './calibration';
import { calibratedView, viewOfSample } from './framing';

/**
 * How the wizard frames its frames. Monitoring looks at every frame through one view, framed on
 * the calibrated face; calibration has no calibration to be framed on, so a frame framed on the
 * face it shows alone is framed on whatever the model made of it. A face close to the camera
 * defeats that on some frames: on the masked subject's photos zoomed to 75 %, five of her 16
 * uprights framed that way put her head 0.1–0.3 of the frame's height lower than the same photos
 * framed on the calibrated face, and two of those in a calibration of three made her every
 * upright read slouched. So only the first FRAMING_FRAMES frames showing the person are framed
 * each on its own; their calibration's view then frames the rest, as monitoring will frame every
 * frame after, and only those calibrate.
 */
export const FRAMING_FRAMES = 3;

/** The view framed on the face these frames agree on (the calibrated view they would give). */
export function agreedView(samples: readonly PoseSample[]): AnalysisView | null {
  const floors = scoreFloors(samples);
  return calibratedView(calibrate(samples.map((sample) => calibrationFrame(sample, floors))));
}

/** Whether a frame shows the person well enough to frame a view on. */
const findsPerson = (sample: PoseSample) => viewOfSample(sample) !== null;

/** The frames to calibrate from: those after the first FRAMING_FRAMES showing the person. */
export function framedFrames(samples: readonly PoseSample[]): PoseSample[] {
  let framing = FRAMING_FRAMES;
  return samples.filter((sample) => {
    if (framing === 0) return true;
    if (findsPerson(sample)) framing--;
    return false;
  });
}

/** One calibration's framing: each frame on its own face at first, then on the frames' agreed view. */
export class CalibrationFraming {
  private readonly finding: PoseSample[] = [];
  private view: AnalysisView | null = null;

  /** A new calibration starts: its frames are framed afresh. */
  reset(): void {
    this.finding.length = 0;
    this.view = null;
  }

  /** How the next frame is to be framed: on its own face, or in the agreed view. */
  request(): AnalysisView | 'self-framed' {
    return this.view ?? 'self-framed';
  }

  /** A frame analysed while calibrating; the first ones showing the person set the view. */
  observe(sample: PoseSample): void {
    if (this.view || !findsPerson(sample)) return;
    this.finding.push(sample);
    if (this.finding.length >= FRAMING_FRAMES) this.view = agreedView(this.finding);
  }
}
