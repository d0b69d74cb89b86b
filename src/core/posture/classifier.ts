import type { PostureBaseline } from './calibration';
import type { PostureFeatures } from './features';
import { isCalibratedPerson } from './person-lock';

export type Verdict = 'upright' | 'slouched' | 'unknown';
export const SIGNAL_NAMES = ['headDrop', 'forwardHead', 'neck', 'shoulderTilt'] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

/** Per-signal sensitivity: 1 is the default, 2 reacts to half the change, 0.5 needs twice as much. */
export type Sensitivity = Record<'headDrop' | 'forwardHead' | 'shoulderTilt', number>;
export const DEFAULT_SENSITIVITY: Sensitivity = { headDrop: 1, forwardHead: 1, shoulderTilt: 1 };

/**
 * How much change counts as a slump, per signal. Each is a body-size-normalised distance from the
 * person's own upright calibration:
 * - headDrop: the head centre (between the ears: the point a nod or a tilt barely moves) sinks by
 *   this many face widths;
 * - forwardHead: the face grows this much (the head comes towards the screen), or shrinks by
 *   leanBack (a reclined slump: the head sinks away from the screen);
 * - neck: the head's height above the shoulder line (÷ shoulder width) shrinks this much;
 * - shoulderTilt: the shoulder line leans this far (radians, ~11°).
 */
export const THRESHOLDS = { headDrop: 0.6, forwardHead: 0.15, leanBack: 0.3, neck: 0.25, shoulderTilt: 0.2 } as const;

export interface Classification {
  verdict: Verdict;
  /** The strongest signal relative to its threshold: ≥ 1 means slouched. */
  score: number;
  /** Each signal that could be measured, as a fraction of its threshold. */
  signals: Partial<Record<SignalName, number>>;
}

export function classify(
  features: PostureFeatures,
  baseline: PostureBaseline,
  sensitivity: Sensitivity = DEFAULT_SENSITIVITY,
): Classification {
  // Without the head we cannot see a slump, and we never claim "upright" without evidence.
  if (features.headY === null || baseline.headY === null) return { verdict: 'unknown', score: 0, signals: {} };
  // Someone who is clearly not the calibrated person is not classified at all.
  if (!isCalibratedPerson(features, baseline)) return { verdict: 'unknown', score: 0, signals: {} };
  const signals: Partial<Record<SignalName, number>> = {};
  if (baseline.faceWidth) {
    const drop = ((features.headY - baseline.headY) * features.frameHeight) / baseline.faceWidth;
    // A learnt glance at the keyboard sets the floor of what counts as a drop for this person.
    const threshold = Math.max(THRESHOLDS.headDrop, 1.25 * (baseline.glanceHeadDrop ?? 0));
    signals.headDrop = (drop / threshold) * sensitivity.headDrop;
  }
  if (features.faceWidth && baseline.faceWidth && features.faceWidthFrom === baseline.faceWidthFrom) {
    const growth = features.faceWidth / baseline.faceWidth - 1;
    const relative = growth >= 0 ? growth / THRESHOLDS.forwardHead : -growth / THRESHOLDS.leanBack;
    signals.forwardHead = relative * sensitivity.forwardHead;
  }
  if (features.neckRatio !== null && baseline.neckRatio) {
    const compression = 1 - features.neckRatio / baseline.neckRatio;
    signals.neck = (compression / THRESHOLDS.neck) * sensitivity.headDrop;
  }
  // An angle needs well-placed points: only confidently seen shoulders, against the calibrated
  // tilt (the camera itself may sit at an angle).
  if (features.shoulderTilt !== null && features.shouldersConfident && baseline.shoulderTilt !== null) {
    const lean = Math.abs(features.shoulderTilt - baseline.shoulderTilt);
    signals.shoulderTilt = (lean / THRESHOLDS.shoulderTilt) * sensitivity.shoulderTilt;
  }
  const score = Math.max(0, ...Object.values(signals));
  return { verdict: score >= 1 ? 'slouched' : 'upright', score, signals };
}
