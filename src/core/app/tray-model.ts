import { glassesToday, isPaused, type AppState } from './app-state';
import { BUILT_IN_ROUTINE_IDS, type BuiltInRoutineId } from '../exercises/routines';
import { displayStatus, type DisplayInfo, type DisplayStatus } from './display-status';

/** Every entry the tray can show; each one does something in every host (no dead items). */
export type TrayAction =
  | 'open'
  /** Opens the calibration wizard; offered while posture is not judged for want of one. */
  | 'calibrate'
  | 'pause-15m'
  | 'pause-1h'
  | 'pause-tomorrow'
  | 'pause-until-resumed'
  | 'resume'
  | 'log-water'
  | 'settings'
  | 'quit'
  /** Opens the exercise player on a built-in routine. */
  | `routine:${BuiltInRoutineId}`;

export type TrayMenuItem =
  | { kind: 'action'; action: TrayAction; labelKey: string; labelParams?: Record<string, string | number> }
  | { kind: 'submenu'; labelKey: string; items: TrayMenuItem[] }
  | { kind: 'separator' };

export interface TrayModel {
  status: DisplayStatus;
  /** Icon base name in resources/icons (a host adds the light/dark and 1x/2x variant). */
  icon: ReturnType<typeof trayIcon>;
  tooltipKey: string;
  tooltipParams: Record<string, string | number>;
  /** When set, the host translates this key into the tooltip's `detail`. */
  tooltipDetailKey: string | null;
  menu: TrayMenuItem[];
}

/** The tooltip says why monitoring is quiet and whether it resumes by itself (and when). */
export function statusTextKey(prefix: string, info: DisplayInfo): string {
  if (info.status !== 'paused' || !info.quietReason) return `${prefix}.${info.status}`;
  const scheduled = info.resumesAt !== null;
  return `${prefix}.quiet.${info.quietReason}${scheduled || info.quietReason !== 'paused' ? '' : '-manual'}`;
}

/**
 * The tray icon's file base name for a status. Posture not judged against the calibration shows
 * the uncalibrated icon: either way posture checks wait for a calibration.
 */
export const trayIcon = (status: DisplayStatus): `tray-${Exclude<DisplayStatus, 'unjudged'>}` =>
  `tray-${status === 'unjudged' ? 'uncalibrated' : status}`;

/** Pure description of the tray; hosts translate the keys and render it. */
export function trayModel(
  state: AppState,
  now: number,
  settings: { waterGoal: number; showPosture: boolean },
  formatTime: (epochMs: number) => string,
): TrayModel {
  const info = displayStatus(state, now, settings.showPosture);
  const { status } = info;
  const paused = isPaused(state, now);
  const tooltipParams: Record<string, string | number> = {
    until: info.resumesAt !== null ? formatTime(info.resumesAt) : '',
    detail: info.detail ?? '',
  };

  const pauseItem: TrayMenuItem = paused
    ? { kind: 'action', action: 'resume', labelKey: 'tray.resume' }
    : {
        kind: 'submenu',
        labelKey: 'tray.pause',
        items: [
          { kind: 'action', action: 'pause-15m', labelKey: 'tray.pause15m' },
          { kind: 'action', action: 'pause-1h', labelKey: 'tray.pause1h' },
          { kind: 'action', action: 'pause-tomorrow', labelKey: 'tray.pauseTomorrow' },
          { kind: 'action', action: 'pause-until-resumed', labelKey: 'tray.pauseUntilResumed' },
        ],
      };

  return {
    status,
    icon: trayIcon(status),
    tooltipKey: statusTextKey('tray.tooltip', info),
    tooltipParams,
    tooltipDetailKey: info.detailKey,
    menu: [
      { kind: 'action', action: 'open', labelKey: 'tray.open' },
      ...(status === 'uncalibrated' || status === 'unjudged'
        ? [{ kind: 'action', action: 'calibrate', labelKey: 'tray.calibrate' } as const]
        : []),
      { kind: 'separator' },
      {
        kind: 'submenu',
        labelKey: 'tray.takeBreak',
        items: BUILT_IN_ROUTINE_IDS.map((id) => ({
          kind: 'action' as const,
          action: `routine:${id}` as const,
          labelKey: `routines.${id}.name`,
        })),
      },
      pauseItem,
      {
        kind: 'action',
        action: 'log-water',
        labelKey: 'tray.logWater',
        labelParams: { count: glassesToday(state, now), goal: settings.waterGoal },
      },
      { kind: 'separator' },
      { kind: 'action', action: 'settings', labelKey: 'tray.settings' },
      { kind: 'action', action: 'quit', labelKey: 'tray.quit' },
    ],
  };
}
