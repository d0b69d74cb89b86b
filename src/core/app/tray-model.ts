import { glassesToday, isPaused, monitoringStatus, type AppState, type MonitoringStatus } from './app-state';

/** Every entry the tray can show; each one does something in every host (no dead items). */
export type TrayAction =
  'open' | 'pause-15m' | 'pause-1h' | 'pause-tomorrow' | 'resume' | 'log-water' | 'settings' | 'quit';

export type TrayMenuItem =
  | { kind: 'action'; action: TrayAction; labelKey: string; labelParams?: Record<string, string | number> }
  | { kind: 'submenu'; labelKey: string; items: TrayMenuItem[] }
  | { kind: 'separator' };

export interface TrayModel {
  status: MonitoringStatus;
  /** Icon base name in resources/icons (a host adds the light/dark and 1x/2x variant). */
  icon: `tray-${MonitoringStatus}`;
  tooltipKey: string;
  tooltipParams: Record<string, string | number>;
  menu: TrayMenuItem[];
}

/** Pure description of the tray; hosts translate the keys and render it. */
export function trayModel(
  state: AppState,
  now: number,
  waterGoal: number,
  formatTime: (epochMs: number) => string,
): TrayModel {
  const status = monitoringStatus(state, now);
  const paused = isPaused(state, now);
  const tooltipParams: Record<string, string | number> = {};
  if (paused && state.pause) tooltipParams.until = formatTime(state.pause.until);
  if (status === 'error') tooltipParams.detail = state.camera.detail ?? '';
  if (status === 'camera-off') tooltipParams.reason = state.camera.status;

  const pauseItem: TrayMenuItem = paused
    ? { kind: 'action', action: 'resume', labelKey: 'tray.resume' }
    : {
        kind: 'submenu',
        labelKey: 'tray.pause',
        items: [
          { kind: 'action', action: 'pause-15m', labelKey: 'tray.pause15m' },
          { kind: 'action', action: 'pause-1h', labelKey: 'tray.pause1h' },
          { kind: 'action', action: 'pause-tomorrow', labelKey: 'tray.pauseTomorrow' },
        ],
      };

  return {
    status,
    icon: `tray-${status}`,
    tooltipKey: `tray.tooltip.${status}`,
    tooltipParams,
    menu: [
      { kind: 'action', action: 'open', labelKey: 'tray.open' },
      { kind: 'separator' },
      pauseItem,
      {
        kind: 'action',
        action: 'log-water',
        labelKey: 'tray.logWater',
        labelParams: { count: glassesToday(state, now), goal: waterGoal },
      },
      { kind: 'separator' },
      { kind: 'action', action: 'settings', labelKey: 'tray.settings' },
      { kind: 'action', action: 'quit', labelKey: 'tray.quit' },
    ],
  };
}
