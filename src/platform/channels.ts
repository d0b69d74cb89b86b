/**
 * Wire names of the contract, kept free of validators so the sandboxed preload stays tiny.
 * `contract.ts` pairs each with its argument schema and checks that both tables cover the API.
 */
export const INVOKE_CHANNELS = {
  getHostInfo: 'host:info',
  getSettings: 'settings:get',
  updateSettings: 'settings:update',
  getState: 'state:get',
  run: 'command:run',
  getNotices: 'notices:get',
  dismissNotice: 'notices:dismiss',
  publishPoseSample: 'pose:publish',
  getHistory: 'history:get',
  exportHistory: 'history:export',
  importHistory: 'history:import',
  deleteHistory: 'history:delete',
} as const;

export const EVENT_CHANNELS = {
  onSettingsChanged: 'settings:changed',
  onStateChanged: 'state:changed',
  onNoticesChanged: 'notices:changed',
  onPoseSample: 'pose:sample',
  onHistoryChanged: 'history:changed',
} as const;
