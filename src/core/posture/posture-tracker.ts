import type { CalibrationProfile } from '../app/app-state';
import type { PoseSample } from '../pose/keypoints';
import { classify, type Sensitivity } from './classifier';
import { postureFeatures } from './features';
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

  constructor(now: number) {
    this.machine = new PostureStateMachine(now);
  }

  get current(): PostureState {
    return this.machine.current;
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
    if (tooDark) return this.machine.update({ kind: 'too-dark', at });
    // Without a calibration there is nothing to compare with: the state stays unknown.
    if (!profile) return null;
    const features = postureFeatures(sample, profile.floors);
    const nobody = features.headY === null && features.neckRatio === null && !features.shouldersConfident;
    if (nobody) return this.machine.update({ kind: 'nobody', at });
    return this.machine.update({
      kind: 'classified',
      classification: classify(features, profile.baseline, this.sensitivity),
      at,
    });
  }

  /** Monitoring is not looking (paused, camera off): the state says so. */
  override(kind: 'paused' | 'camera-off', at: number): PostureState | null {
    return this.machine.update({ kind, at });
  }
}
