/**
 * When the active calibration may no longer fit the set-up, and why: what the dashboard suggests
 * ("calibrate again") and what makes a reminder doubt itself.
 */
import { CALIBRATION_VERSION, learntLessThanToday } from '../posture/calibration';
import { MINUTE_MS } from '../clock';
import { activeProfile, type AppState } from './app-state';

/**
 * Slouching this long without a single moment upright, reminders notwithstanding, is more often a
 * set-up that changed (the laptop moved, another chair, another room) than a slump nobody
 * corrects: the calibration is then what is wrong, and calibrating again is the fix.
 */
export const UNBROKEN_SLOUCH_MS = 20 * MINUTE_MS;

/**
 * The camera seeing another place than at calibration for this long (another room, the laptop
 * moved) means the calibration no longer fits; a minute rules out someone passing behind.
 */
export const SCENE_CHANGE_MS = MINUTE_MS;

export const RECALIBRATION_REASONS = [
  'camera',
  'displays',
  'unbrokenSlouch',
  'otherView',
  'scene',
  'light',
  'headHigher',
  'outdated',
] as const;
export type RecalibrationReason = (typeof RECALIBRATION_REASONS)[number];

/** What about the set-up changed since calibration: another camera, screens, place, or a much darker light. */
export type SetupChange = Extract<RecalibrationReason, 'camera' | 'displays' | 'scene' | 'light'>;

/**
 * The camera in use: the chosen one (null: the system's default), or the default while it stands
 * in for a chosen camera that is gone (unplugged: the laptop undocked from its desk camera).
 */
export function cameraInUse(state: AppState, chosen: string | null): string | null {
  return state.cameraStandIn ? null : chosen;
}

/**
 * Whether the set-up changed since the active calibration: another camera is in use
 * (cameraInUse), the displays were rearranged (the screen, and so the head, sits elsewhere), the
 * camera has seen another place, or a picture much darker than calibration's (light.ts), for
 * SCENE_CHANGE_MS. A slouch seen then may be a false alarm. Null when not.
 */
export function setupChange(state: AppState, cameraDeviceId: string | null, now: number): SetupChange | null {
  const profile = activeProfile(state);
  if (!profile) return null;
  const { setup } = profile;
  if (setup && setup.camera !== cameraInUse(state, cameraDeviceId)) return 'camera';
  if (setup?.displays && state.system.displays && setup.displays !== state.system.displays) return 'displays';
  const { differsSince, darkerSince } = state.scene;
  if (differsSince !== null && now - differsSince >= SCENE_CHANGE_MS) return 'scene';
  if (darkerSince !== null && now - darkerSince >= SCENE_CHANGE_MS) return 'light';
  return null;
}

/**
 * Why the active calibration may no longer fit, most telling first: another camera or screens
 * (setupChange), the person judged slouching for UNBROKEN_SLOUCH_MS on end, the camera's picture
 * of another shape for SCENE_CHANGE_MS (another camera mode; its border then shows another place
 * too, so this goes first), another place or a much darker light (setupChange), the head far
 * above its calibrated place for SCENE_CHANGE_MS (the seat or desk raised), or, least urgent, a
 * calibration made by an earlier version that learnt less than today's does. Posture goes unjudged in the two unjudged
 * cases until then. Null when nothing suggests it.
 */
export function recalibrationReason(
  state: AppState,
  cameraDeviceId: string | null,
  now: number,
): RecalibrationReason | null {
  const profile = activeProfile(state);
  if (!profile) return null;
  const change = setupChange(state, cameraDeviceId, now);
  if (change === 'camera' || change === 'displays') return change;
  const { posture } = state;
  if (posture.kind === 'slouching' && now - posture.since >= UNBROKEN_SLOUCH_MS) return 'unbrokenSlouch';
  const { unjudged } = state.scene;
  const lastingUnjudged = unjudged !== null && now - unjudged.since >= SCENE_CHANGE_MS ? unjudged.because : null;
  if (lastingUnjudged === 'otherView') return lastingUnjudged;
  if (change === 'scene' || change === 'light') return change;
  if (lastingUnjudged) return lastingUnjudged;
  if (learntLessThanToday(profile.version ?? CALIBRATION_VERSION, profile.baseline)) return 'outdated';
  return null;
}
