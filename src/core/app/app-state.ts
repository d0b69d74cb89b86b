import { HOUR_MS, localDayKey, MINUTE_MS, startOfNextLocalDay } from '../clock';

export const PAUSE_DURATIONS = ['15m', '1h', 'tomorrow'] as const;
export type PauseDuration = (typeof PAUSE_DURATIONS)[number];

export const CAMERA_STATUSES = ['off', 'starting', 'on', 'no-camera', 'denied', 'in-use', 'too-dark', 'error'] as const;
export type CameraStatus = (typeof CAMERA_STATUSES)[number];

export interface PauseState {
  /** When monitoring resumes by itself. */
  until: number;
  duration: PauseDuration;
}

export interface AppState {
  pause: PauseState | null;
  camera: { status: CameraStatus; detail: string | null };
  water: { day: string; glasses: number };
}

/** What the tray and the header show at a glance, most important first. */
export type MonitoringStatus = 'error' | 'paused' | 'camera-off' | 'monitoring';

export function initialAppState(now: number): AppState {
  return {
    pause: null,
    camera: { status: 'off', detail: null },
    water: { day: localDayKey(now), glasses: 0 },
  };
}

export function pauseEnd(now: number, duration: PauseDuration): number {
  switch (duration) {
    case '15m':
      return now + 15 * MINUTE_MS;
    case '1h':
      return now + HOUR_MS;
    case 'tomorrow':
      return startOfNextLocalDay(now);
  }
}

export function isPaused(state: AppState, now: number): boolean {
  return state.pause !== null && state.pause.until > now;
}

/** The camera is released (its light goes off) whenever monitoring is paused. */
export function shouldCameraRun(state: AppState, now: number): boolean {
  return !isPaused(state, now);
}

export function monitoringStatus(state: AppState, now: number): MonitoringStatus {
  if (state.camera.status === 'error') return 'error';
  if (isPaused(state, now)) return 'paused';
  if (state.camera.status === 'on' || state.camera.status === 'starting') return 'monitoring';
  return 'camera-off';
}

export function glassesToday(state: AppState, now: number): number {
  return state.water.day === localDayKey(now) ? state.water.glasses : 0;
}
