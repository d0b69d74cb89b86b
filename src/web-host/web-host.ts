import { DeadlineTimer } from '../core/app/deadline-timer';
import type { Clock } from '../core/clock';
import type { SettingsStore } from '../core/settings/settings-service';
import { createApiClient } from '../platform/api-client';
import { eventChannels, invokeMethodByChannel, type HostInfo, type StandTallApi } from '../platform/contract';
import { HostService } from '../platform/host-service';

export interface WebHostOptions {
  storage: Storage;
  clock?: Clock;
  version: string;
  keyPrefix?: string;
}

interface StoredJson {
  value: unknown;
  /** Set when the stored text was not JSON and was moved to a backup key. */
  recoveryDetail: string | null;
}

/** Reads a JSON value from browser storage; unparseable text is kept under a backup key. */
function readJson(storage: Storage, key: string, now: number): StoredJson {
  const text = storage.getItem(key);
  if (text === null) return { value: undefined, recoveryDetail: null };
  try {
    return { value: JSON.parse(text) as unknown, recoveryDetail: null };
  } catch {
    const backupKey = keepCopy(storage, key, now);
    storage.removeItem(key);
    return { value: undefined, recoveryDetail: `the old data was kept in browser storage as "${backupKey}"` };
  }
}

/** Copies what is stored under `key` to a backup key beside it; returns that key (null: nothing stored). */
function keepCopy(storage: Storage, key: string, now: number): string | null {
  const text = storage.getItem(key);
  if (text === null) return null;
  const backupKey = `${key}.corrupt-${new Date(now).toISOString()}`;
  storage.setItem(backupKey, text);
  return backupKey;
}

export interface WebHost {
  api: StandTallApi;
  service: HostService;
  dispose(): void;
}

/**
 * The platform contract served inside a plain page. It runs the same HostService as Electron main
 * and goes through the same client and validators (an in-page transport instead of IPC), so the
 * UI cannot tell the two hosts apart.
 */
export function createWebHost(options: WebHostOptions): WebHost {
  const { storage, version } = options;
  const clock = options.clock ?? { now: () => Date.now() };
  const prefix = options.keyPrefix ?? 'stand-tall';
  const settingsKey = `${prefix}.settings`;
  const stateKey = `${prefix}.state`;
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  const storedSettings = readJson(storage, settingsKey, clock.now());
  const storedState = readJson(storage, stateKey, clock.now());
  const settingsStore: SettingsStore = {
    load: () => storedSettings.value,
    save: (settings) => storage.setItem(settingsKey, JSON.stringify(settings)),
  };
  const info: HostInfo = {
    kind: 'web',
    version,
    features: {
      openAtLogin: false,
      tray: false,
      globalShortcut: false,
      lockDetection: false,
      fullscreenDetection: false,
    },
  };

  const service = new HostService({
    clock,
    settingsStore,
    stateStore: {
      load: () => storedState.value,
      save: (state) => storage.setItem(stateKey, JSON.stringify(state)),
      keepCopy: () => keepCopy(storage, stateKey, clock.now()),
    },
    stateRecoveryDetail: storedState.recoveryDetail,
    info,
    // Payloads are cloned as IPC would, so no view can mutate host state by reference.
    emit: (method, payload) => {
      for (const listener of listeners.get(eventChannels[method]) ?? []) listener(structuredClone(payload));
    },
    settingsRecoveryDetail: storedSettings.recoveryDetail,
  });

  const deadlines = new DeadlineTimer(
    { setTimeout: (cb, ms) => window.setTimeout(cb, ms), clearTimeout: (h) => window.clearTimeout(h as number) },
    () => clock.now(),
    () => service.app.nextDeadline(),
    () => service.app.tick(),
  );
  const offDeadlines = service.app.subscribe(() => deadlines.rearm());
  deadlines.rearm();

  const api = createApiClient({
    invoke: async (channel, args) => {
      const method = invokeMethodByChannel.get(channel);
      if (!method) throw new Error(`Unknown channel ${channel}`);
      const result = await service.handlers[method](structuredClone(args));
      return structuredClone(result);
    },
    on: (channel, listener) => {
      const set = listeners.get(channel) ?? new Set();
      listeners.set(channel, set);
      set.add(listener);
      return () => set.delete(listener);
    },
  });

  return {
    api,
    service,
    dispose: () => {
      deadlines.cancel();
      offDeadlines();
    },
  };
}
