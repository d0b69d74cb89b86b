import type { PoseSample } from './keypoints';
import { isPersonVisible, upperBodyMotion } from './motion';

/** What the monitor is doing right now, which decides how often it looks. */
export interface SamplingContext {
  /** False while paused, locked or suspended: no frames at all, and the camera is released. */
  cameraAllowed: boolean;
  calibrating: boolean;
  /** A person is watching the live view. */
  liveView: boolean;
  /** A fixed interval overrides the policy (benchmarks compare against a 10 fps loop). */
  fixedIntervalMs?: number | null;
}

export const SAMPLING = {
  calibratingMs: 200,
  liveViewMs: 250,
  /** Posture is changing: look again soon so a slouch or recovery is seen quickly. */
  changingMs: 500,
  /** Steady posture: start at one frame a second and slow down to one every two seconds. */
  steadyFastMs: 1000,
  steadySlowMs: 2000,
  steadyRampSamples: 5,
  /** Stable for this many samples before slowing down. */
  stableAfter: 3,
  noPersonMs: 3000,
  tooDarkMs: 5000,
  /** Upper-body motion (fraction of body size) above which posture counts as changing. */
  motionThreshold: 0.06,
} as const;

/**
 * Frames a second the camera track should deliver for a sampling interval: a little more than the
 * sampler takes, so a fresh frame is always waiting, and no more, since every delivered frame
 * costs the renderer even when nobody reads it.
 */
export function captureFrameRateFor(delayMs: number | null): number {
  if (delayMs === null) return 1;
  return Math.min(15, Math.max(1, Math.ceil(1500 / delayMs)));
}

/**
 * The adaptive sampling policy: slow while the person sits still, faster while they move, being
 * calibrated or watched, and not at all while monitoring is paused. It is the main reason the
 * app can run all day on a few percent of one core.
 */
export class AdaptiveSampler {
  private previous: PoseSample | null = null;
  private stableStreak = 0;
  private personVisible = true;
  private tooDark = false;

  observe(sample: PoseSample, tooDark: boolean): void {
    this.tooDark = tooDark;
    this.personVisible = isPersonVisible(sample);
    const motion = this.previous && this.personVisible ? upperBodyMotion(this.previous, sample) : null;
    this.stableStreak = motion !== null && motion < SAMPLING.motionThreshold ? this.stableStreak + 1 : 0;
    this.previous = this.personVisible ? sample : null;
  }

  /** Something outside the pose changed (e.g. the posture state): look closely again. */
  markChanging(): void {
    this.stableStreak = 0;
  }

  reset(): void {
    this.previous = null;
    this.stableStreak = 0;
    this.personVisible = true;
    this.tooDark = false;
  }

  /** Milliseconds until the next frame, or null when no frame should be taken at all. */
  nextDelayMs(context: SamplingContext): number | null {
    if (!context.cameraAllowed) return null;
    if (context.fixedIntervalMs) return context.fixedIntervalMs;
    if (context.calibrating) return SAMPLING.calibratingMs;
    if (context.liveView) return SAMPLING.liveViewMs;
    if (this.tooDark) return SAMPLING.tooDarkMs;
    if (!this.personVisible) return SAMPLING.noPersonMs;
    if (this.stableStreak < SAMPLING.stableAfter) return SAMPLING.changingMs;
    const ramp = Math.min(1, (this.stableStreak - SAMPLING.stableAfter) / SAMPLING.steadyRampSamples);
    return Math.round(SAMPLING.steadyFastMs + ramp * (SAMPLING.steadySlowMs - SAMPLING.steadyFastMs));
  }
}
