import { headAnchorsOf, type PostureBaseline } from './calibration';
import { AGREEMENT_MAX_ROLL, THRESHOLDS } from './classifier';
import { headDropFaceWidths, headReference, rollFromCalibration } from './head-reference';
import type { PostureFeatures } from './features';

/** Improvement is followed within seconds; a drift towards worse posture takes hours. */
export const FOLLOW_BETTER_MS = 20_000;
export const DRIFT_WORSE_MS = 2 * 60 * 60_000;
/**
 * How far from the calibration the baseline may move, as fractions of the slouch thresholds. The
 * head is followed up by at most half the smallest head-drop threshold (a steady face's), so
 * sitting back as calibrated after a minute of sitting extra tall is never a slump.
 */
const MAX_BETTER = 0.5;
const MAX_WORSE = 0.35;
/**
 * Time between two frames counts as time seen sitting well up to this (frames come every few
 * seconds while monitoring): a pause, a lunch with the camera off or a night asleep is not hours
 * of sitting so, and counted whole it let the first frame after it move the baseline most of the
 * way towards a worse posture at once.
 */
export const MAX_OBSERVED_GAP_MS = 10_000;

const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));

/**
 * Only the ear line of a level head (rolled no further than the head signals may be and still
 * agree) shows where the person sits: the eyes rise and fall with a look up or down, and a
 * sideways tilt swings every point. Learnt from anything else, half a minute spent looking up
 * with the ears under hair would be followed as sitting taller, and sitting as before then read
 * as a sag.
 */
function isLevel(features: PostureFeatures, calibrated: PostureBaseline): boolean {
  const roll = rollFromCalibration(features, calibrated);
  return roll !== null && Math.abs(roll) <= AGREEMENT_MAX_ROLL;
}

/**
 * An asymmetric adaptive baseline: while the person sits well, the reference head height (each
 * anchor and the nose) and neck length follow them up quickly (someone who sits taller than at
 * calibration is held to it) and down only very slowly (a long day's slow sag does not become
 * the new normal), and never while slouching or slipping. Both moves are bounded: standing up is
 * not "sitting taller", and no drift can ever absorb a real slump. Face size and shoulder tilt
 * are two-sided signals and stay as calibrated.
 */
export class AdaptiveBaseline {
  /** How far the head reference has moved from calibration, in calibrated face widths (+ = lower). */
  private headShift = 0;
  /** The frame height the shift was learnt in, to turn face widths back into frame fractions. */
  private frameHeight: number | null = null;
  private neckRatio: number | null;
  private lastAt: number | null = null;

  constructor(private readonly calibrated: PostureBaseline) {
    this.neckRatio = calibrated.neckRatio;
  }

  get current(): PostureBaseline {
    const cal = this.calibrated;
    if (this.headShift === 0 || !this.frameHeight || !cal.faceWidth) return { ...cal, neckRatio: this.neckRatio };
    const offset = (this.headShift * cal.faceWidth) / this.frameHeight;
    const move = (y: number | null) => (y === null ? null : y + offset);
    const anchors = headAnchorsOf(cal);
    return {
      ...cal,
      headY: move(cal.headY),
      anchors: { ears: move(anchors.ears), eyes: move(anchors.eyes), ear: move(anchors.ear) },
      // The whole-face drop measures the nose from here too: left behind, it would let a slump
      // from a taller seat through as far as the seat rose.
      noseY: move(cal.noseY),
      neckRatio: this.neckRatio,
    };
  }

  /** Learns from a frame judged upright while the state is good; anything else only passes time. */
  observe(features: PostureFeatures, sittingWell: boolean, at: number): void {
    const dt = this.lastAt === null ? 0 : Math.min(MAX_OBSERVED_GAP_MS, Math.max(0, at - this.lastAt));
    this.lastAt = at;
    if (!sittingWell || dt === 0) return;
    const cal = this.calibrated;
    if (features.headFrom !== 'ears' || !isLevel(features, cal)) return;
    const reference = headReference(cal);
    const measured = reference ? headDropFaceWidths(features, reference) : null;
    if (measured) {
      const lo = -MAX_BETTER * THRESHOLDS.headDrop;
      const hi = MAX_WORSE * THRESHOLDS.headDrop;
      if (measured.drop >= lo && measured.drop <= hi) {
        this.frameHeight = features.frameHeight;
        const followed = this.step(this.headShift, measured.drop, measured.drop < this.headShift, dt);
        this.headShift = clamp(followed, -MAX_BETTER * THRESHOLDS.steadyFaceDrop, hi);
      }
    }
    // The neck as the classifier measures it: from the ear line, as at calibration.
    if (
      features.neckRatio !== null &&
      cal.neckRatio &&
      this.neckRatio !== null &&
      (cal.headFrom ?? 'ears') === 'ears'
    ) {
      const lo = cal.neckRatio * (1 - MAX_WORSE * THRESHOLDS.neck);
      const hi = cal.neckRatio * (1 + MAX_BETTER * THRESHOLDS.neck);
      if (features.neckRatio >= lo && features.neckRatio <= hi) {
        this.neckRatio = clamp(
          this.step(this.neckRatio, features.neckRatio, features.neckRatio > this.neckRatio, dt),
          lo,
          hi,
        );
      }
    }
  }

  private step(from: number, to: number, better: boolean, dt: number): number {
    const tau = better ? FOLLOW_BETTER_MS : DRIFT_WORSE_MS;
    return from + (1 - Math.exp(-dt / tau)) * (to - from);
  }
}
