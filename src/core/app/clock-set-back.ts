import type { QuietSettings } from '../settings/schema';
import { LIVE_VIEW_LEASE_MS, pauseEnd, type AppState } from './app-state';

/**
 * A clock set back (an NTP correction after a wrong boot time, a dual-boot machine whose clock
 * was read as local time, a hand correction) leaves the state's stamps in the future. None may
 * then lie further ahead than it could have been set now, or a pause, a lease or a "since"
 * would run for as long again as the clock went back: a snooze for hours, the calibration
 * wizard's lease keeping posture unjudged, a changed scene never old enough to mention.
 * These are the stamps no step owns; the break rhythm, the water plan, the alert ladder and the
 * nudges each bring their own within reach as they step.
 */
export function withinReach(state: AppState, now: number, quiet: QuietSettings): AppState {
  const { pause, scene } = state;
  const lease = now + LIVE_VIEW_LEASE_MS;
  const notAfterNow = <T extends number | null>(since: T): T => (since !== null && since > now ? now : since) as T;
  return {
    ...state,
    pause: pause && { ...pause, until: Math.min(pause.until, pauseEnd(now, pause.duration, quiet)) },
    liveViewUntil: Math.min(state.liveViewUntil, lease),
    calibratingUntil: Math.min(state.calibratingUntil, lease),
    scene: {
      differsSince: notAfterNow(scene.differsSince),
      darkerSince: notAfterNow(scene.darkerSince),
      unjudged: scene.unjudged && { ...scene.unjudged, since: notAfterNow(scene.unjudged.since) },
    },
  };
}
