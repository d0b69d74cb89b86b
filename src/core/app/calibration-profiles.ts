import { CALIBRATION_VERSION, type PostureBaseline } from '../posture/calibration';
import type { ScoreFloors } from '../posture/features';
import { withEarlierLooks } from '../posture/place-looks';
import { activeProfile, MAX_PROFILES, UNCHANGED_SCENE, type AppState, type CalibrationProfile } from './app-state';
import { cameraInUse } from './recalibration';

/**
 * The calibration profiles' commands, each from one state to the next (the controller commits).
 * Whichever profile becomes active is judged afresh for the place the camera sees.
 */

/**
 * A calibration saved under `name`, replacing a profile of that name and made active, with the
 * camera in use (`chosen` in the settings, or the default standing in for it). Calibrated again
 * with the same camera, it keeps the earlier calibration's looks of the place where it was made
 * from the same seat (place-looks.ts). A new name beyond MAX_PROFILES is not saved (the wizard
 * says so before it starts): the state is unchanged.
 */
export function saveProfile(
  state: AppState,
  saved: { name: string; baseline: PostureBaseline; floors: ScoreFloors },
  chosen: string | null,
  now: number,
): AppState {
  const { profiles } = state.calibration;
  if (!canSaveProfile(state, saved.name)) return state;
  const camera = cameraInUse(state, chosen);
  const earlier = profiles.find((p) => p.name === saved.name && p.setup?.camera === camera);
  const profile = {
    name: saved.name,
    baseline: withEarlierLooks(saved.baseline, earlier?.baseline ?? null),
    floors: saved.floors,
    calibratedAt: now,
    setup: { camera, displays: state.system.displays },
    version: CALIBRATION_VERSION,
  };
  const others = profiles.filter((p) => p.name !== saved.name);
  return {
    ...state,
    calibration: { active: saved.name, profiles: [...others, profile] },
    scene: { ...UNCHANGED_SCENE },
  };
}

/** A calibration can be saved under this name: it replaces a profile, or there is room for one more. */
export function canSaveProfile(state: AppState, name: string): boolean {
  const { profiles } = state.calibration;
  return profiles.length < MAX_PROFILES || profiles.some((p) => p.name === name);
}

/** Another profile made active; unchanged when there is none of that name. */
export function selectProfile(state: AppState, name: string): AppState {
  if (!state.calibration.profiles.some((p) => p.name === name)) return state;
  return { ...state, calibration: { ...state.calibration, active: name }, scene: { ...UNCHANGED_SCENE } };
}

/**
 * A profile deleted; unchanged when there is none of that name. When it was the active one, the
 * first left takes over, and with none left the app is uncalibrated again.
 */
export function deleteProfile(state: AppState, name: string): AppState {
  const profiles = state.calibration.profiles.filter((p) => p.name !== name);
  if (profiles.length === state.calibration.profiles.length) return state;
  const { active } = state.calibration;
  if (active !== name) return { ...state, calibration: { active, profiles } };
  return { ...state, calibration: { active: profiles[0]?.name ?? null, profiles }, scene: { ...UNCHANGED_SCENE } };
}

/**
 * The profile calibrated for the set-up in use: when the active profile's camera (in use, see
 * cameraInUse) or displays are not today's but another profile's are (both exactly), that one becomes active — docking the
 * laptop at the desk brings its "External monitor" profile back, undocking its "Laptop" one —
 * the latest calibrated if several fit. Otherwise unchanged: with no profile for this set-up,
 * calibrating again is suggested instead (recalibrationReason).
 */
export function followSetup(state: AppState, chosen: string | null): AppState {
  const { displays } = state.system;
  const camera = cameraInUse(state, chosen);
  const fits = (profile: CalibrationProfile) =>
    profile.setup !== undefined && profile.setup.camera === camera && profile.setup.displays === displays;
  const active = activeProfile(state);
  if (!active || !displays || fits(active)) return state;
  const fitting = state.calibration.profiles.filter(fits).sort((a, b) => b.calibratedAt - a.calibratedAt);
  return fitting[0] ? selectProfile(state, fitting[0].name) : state;
}
