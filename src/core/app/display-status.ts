import type { QuietReason } from '../alerts/quiet-rules';
import { activeProfile, isCalibrating, isQuiet, unjudgedBecause, type AppState, type CameraState } from './app-state';

/** What the tray icon and the status line show, most important first. */
export const DISPLAY_STATUSES = [
  'error',
  'paused',
  'calibrating',
  'too-dark',
  'camera-off',
  'uncalibrated',
  'unjudged',
  'away',
  'slouching',
  'slipping',
  'good',
  'watching',
] as const;
export type DisplayStatus = (typeof DISPLAY_STATUSES)[number];

export interface DisplayInfo {
  status: DisplayStatus;
  /** Why monitoring is quiet, when paused. */
  quietReason: QuietReason | null;
  /** When a quiet spell ends by itself; null when it needs the person (or the system) to end it. */
  resumesAt: number | null;
  /** The raw text of an unexpected error, for diagnosis. */
  detail: string | null;
  /** A translation key that explains the error in the person's language (`detail` follows it). */
  detailKey: string | null;
}

/** The translation key that says the camera's state, with its reason when there is one. */
export const cameraStateKey = ({ status, reason }: CameraState): string =>
  reason ? `cameraReason.${reason}` : `camera.${status}`;

/** Whether the camera cannot give frames now for a reason the person may have to act on. */
export const cameraUnavailable = ({ status }: CameraState): boolean =>
  status === 'no-camera' || status === 'denied' || status === 'in-use' || status === 'error';

/** An error explained in the person's language (`detailKey`), with the raw text kept for diagnosis. */
export function describeDetail(
  detailKey: string | null,
  detail: string | null,
  translate: (key: string) => string,
): string {
  if (!detailKey) return detail ?? '';
  return detail ? `${translate(detailKey)} (${detail})` : translate(detailKey);
}

/**
 * One answer for "what is going on?", shared by the tray and the in-app status line.
 * `showPosture: false` (the tray step of the alert ladder turned off) keeps posture out of it.
 */
export function displayStatus(state: AppState, now: number, showPosture = true): DisplayInfo {
  const info = (status: DisplayStatus, detail: string | null = null, detailKey: string | null = null): DisplayInfo => ({
    status,
    quietReason: null,
    resumesAt: null,
    detail,
    detailKey,
  });
  const { pose, camera } = state;
  if (pose.status === 'failed') return info('error', pose.detail, pose.reason && `poseReason.${pose.reason}`);
  if (camera.status === 'error') return info('error', camera.detail, camera.reason && `cameraReason.${camera.reason}`);
  if (isQuiet(state, now) && state.quiet) {
    return {
      status: 'paused',
      quietReason: state.quiet.reason,
      resumesAt: state.quiet.resumesAt,
      detail: null,
      detailKey: null,
    };
  }
  if (isCalibrating(state, now)) return info('calibrating');
  // Only errors carry a raw text: every other camera state is said by its status and reason.
  if (camera.status === 'too-dark') return info('too-dark');
  if (camera.status !== 'on' && camera.status !== 'starting') return info('camera-off');
  // Without a calibration posture is not judged: saying "monitoring" would promise what is not done.
  if (!activeProfile(state)) return info('uncalibrated');
  // Frames no longer judged against the calibration (AppState.scene): not "monitoring" either;
  // detailKey says why. Not posture feedback, so shown whatever `showPosture` says.
  const because = unjudgedBecause(state);
  if (because) return info('unjudged', null, `status.unjudgedBecause.${because}`);
  if (!showPosture) return info('watching');
  switch (state.posture.kind) {
    case 'away':
    case 'slouching':
    case 'slipping':
    case 'good':
      return info(state.posture.kind);
    default:
      return info('watching');
  }
}
