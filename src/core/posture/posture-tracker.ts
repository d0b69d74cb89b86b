import type { CalibrationProfile } from '../app/app-state';
import type { PoseSample } from '../pose/keypoints';
import { AdaptiveBaseline } from './adaptive-baseline';
import { classify, type Classification, type Sensitivity } from './classifier';
import { OTHER_VIEW } from './classify-frame';
import { postureFeatures } from './features';
import { inCalibratedFrame } from './frame-size';
import { DEFAULT_TIMINGS, PostureStateMachine, type PostureState } from './state-machine';

export interface PostureSettingsLike {
  graceSeconds: number;
  sensitivityHeadDrop: number;
  sensitivityForwardHead: number;
  sensitivityShoulderTilt: number;
}

/**
 * From samples to posture states for the monitor: features against the active calibration
 * profile, the classifier with the person's sensitivity, and the state machine with their grace
 * period. Returns a state only when it changed.
 */
export class PostureTracker {
  private readonly machine: PostureStateMachine;
  private sensitivity: Sensitivity = { headDrop: 1, forwardHead: 1, shoulderTilt: 1 };
  /** The active profile's baseline as it adapts; a new or re-calibrated profile starts afresh. */
  private adaptive: { key: string; baseline: AdaptiveBaseline } | null = null;
  /** The last frame's verdict against the (adapted) baseline; null when no frame was judged. */
  private verdict: Classification | null = null;

  constructor(now: number) {
    this.machine = new PostureStateMachine(now);
  }

  get current(): PostureState {
    return this.machine.current;
  }

  /** What the last frame showed, for the live view: null when it was too dark, nobody, or uncalibrated. */
  get lastVerdict(): Classification | null {
    return this.verdict;
  }

  configure(settings: PostureSettingsLike): void {
    this.machine.setTimings({ ...DEFAULT_TIMINGS, graceMs: settings.graceSeconds * 1000 });
    this.sensitivity = {
      headDrop: settings.sensitivityHeadDrop,
      forwardHead: settings.sensitivityForwardHead,
      shoulderTilt: settings.sensitivityShoulderTilt,
    };
  }

  observe(sample: PoseSample, profile: CalibrationProfile | null, tooDark: boolean): PostureState | null {
    const at = sample.capturedAt;
    this.verdict = null;
    if (tooDark) return this.machine.update({ kind: 'too-dark', at });
    // Without a calibration there is nothing to compare with: the state stays unknown.
    if (!profile) return null;
    const framed = inCalibratedFrame(sample, profile.baseline.frameSize);
    if (!framed) {
      // Another view than calibration's (a crop): not judged, like a frame the head is unclear in.
      this.verdict = OTHER_VIEW;
      return this.machine.update({ kind: 'classified', classification: OTHER_VIEW, at });
    }
    const features = postureFeatures(framed, profile.floors);
    // A faint head is someone there (often someone slumped): not "away".
    const nobody =
      features.headY === null &&
      features.faintHeads.length === 0 &&
      features.neckRatio === null &&
      !features.shouldersConfident;
    if (nobody) return this.machine.update({ kind: 'nobody', at });
    // Profiles arrive as fresh copies with every state update: they are told apart by name and time.
    const key = `${profile.name}@${profile.calibratedAt}`;
    if (this.adaptive?.key !== key) this.adaptive = { key, baseline: new AdaptiveBaseline(profile.baseline) };
    const classification = classify(features, this.adaptive.baseline.current, this.sensitivity);
    this.verdict = classification;
    const state = this.machine.update({ kind: 'classified', classification, at });
    this.adaptive.baseline.observe(
      features,
      classification.verdict === 'upright' && this.machine.current.kind === 'good',
      at,
    );
    return state;
  }

  /** Monitoring is not looking (paused, camera off): the state says so. */
  override(kind: 'paused' | 'camera-off', at: number): PostureState | null {
    return this.machine.update({ kind, at });
  }
}
