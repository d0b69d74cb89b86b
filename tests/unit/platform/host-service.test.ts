import { describe, expect, it } from 'vitest';
import type { AppState } from '../../../src/core/app/app-state';
import type { Settings } from '../../../src/core/settings/schema';
import { ContractError } from '../../../src/platform/contract';
import { HostService, type HostServiceDeps } from '../../../src/platform/host-service';
import { FakeClock, MemoryStore } from '../../support/fakes';

function setup(storedSettings?: unknown, stateStore = new MemoryStore<AppState>()) {
  const events: [string, unknown][] = [];
  const settingsStore = new MemoryStore<Settings>(storedSettings);
  const host = new HostService({
    ...setupDeps(),
    settingsStore,
    stateStore,
    emit: (method, payload) => events.push([method, payload]),
  });
  return { host, events, settingsStore, stateStore };
}

/** A host's dependencies with empty stores, for tests that set one part. */
function setupDeps(): HostServiceDeps {
  return {
    clock: new FakeClock(Date.UTC(2026, 10, 23, 9)),
    settingsStore: new MemoryStore<Settings>(),
    stateStore: new MemoryStore<AppState>(),
    info: {
      kind: 'web',
      version: '0.0.0',
      features: {
        openAtLogin: false,
        tray: false,
        globalShortcut: false,
        lockDetection: false,
        fullscreenDetection: false,
      },
    },
    emit: () => undefined,
  };
}

describe('HostService', () => {
  it('serves settings and state through validated handlers and emits changes', async () => {
    const { host, events } = setup();
    const settings = await host.handlers.updateSettings([{ general: { theme: 'dark' } }]);
    expect(settings.general.theme).toBe('dark');
    const state = await host.handlers.run([{ type: 'log-water' }]);
    expect(state.water.glasses).toBe(1);
    expect(events.map(([m]) => m)).toEqual(['onSettingsChanged', 'onStateChanged']);
  });

  it('changes nothing when a call is malformed', async () => {
    const { host, events, settingsStore } = setup();
    await expect(host.handlers.updateSettings([{ general: { theme: 42 } }])).rejects.toThrow(ContractError);
    await expect(host.handlers.run([{ type: 'pause' }])).rejects.toThrow(ContractError);
    expect(events).toEqual([]);
    expect(settingsStore.saved).toEqual([]);
    expect(host.app.state.pause).toBeNull();
  });

  it('raises one notice when stored settings had to be repaired, and dismisses it', async () => {
    const { host, events } = setup({ version: 1, general: { theme: 'neon' } });
    const notices = await host.handlers.getNotices([]);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.kind).toBe('settings-recovered');
    expect(notices[0]!.detail).toMatch(/general\.theme/);
    await host.handlers.dismissNotice([notices[0]!.id]);
    expect(await host.handlers.getNotices([])).toEqual([]);
    expect(events.at(-1)).toEqual(['onNoticesChanged', []]);
  });

  it('keeps working in memory and tells the person once when state cannot be written (disk full)', async () => {
    const failing = new MemoryStore<AppState>();
    failing.save = () => {
      throw new Error('ENOSPC: no space left on device');
    };
    const { host } = setup(undefined, failing);
    await host.handlers.run([{ type: 'log-water' }]);
    await host.handlers.run([{ type: 'log-water' }]);
    expect(host.app.state.water.glasses).toBe(2);
    const notices = await host.handlers.getNotices([]);
    expect(notices.map((n) => n.kind)).toEqual(['state-write-failed']);
    expect(notices[0]!.detail).toMatch(/ENOSPC/);
  });
});

describe('HostService and a stored state it could not all use', () => {
  it('tells the person once what was not used and where the copy went', async () => {
    const stored = new MemoryStore<AppState>({ water: { day: 'yesterday', glasses: 1 }, pause: null });
    const copied = Object.assign(stored, { keepCopy: () => 'app-state.corrupt-1.json' });
    const { host } = setup(undefined, copied);
    const notices = await host.handlers.getNotices([]);
    expect(notices.map((n) => n.kind)).toEqual(['state-recovered']);
    expect(notices[0]!.detail).toMatch(
      /^not used: water \(day: .*\) — a copy of it was kept as app-state\.corrupt-1\.json$/,
    );
  });

  it('keeps the notice readable when much was not used: the first three, and how many more', async () => {
    const profiles = Array.from({ length: 25 }, (_, i) => ({ name: `Desk ${i}`, baseline: 'x'.repeat(1000) }));
    const { host } = setup(undefined, new MemoryStore<AppState>({ calibration: { active: null, profiles } }));
    const [notice] = await host.handlers.getNotices([]);
    expect(notice!.detail).toMatch(
      /^not used: calibration profile "Desk 0" .*; calibration profile "Desk 2" .*; and 22 more$/,
    );
    expect(notice!.detail!.length).toBeLessThan(700);
  });

  it('says so when the host could not read the stored state at all', async () => {
    const host = new HostService({ ...setupDeps(), stateRecoveryDetail: 'app-state.json is not valid JSON' });
    const notices = await host.handlers.getNotices([]);
    expect(notices.map((n) => [n.kind, n.detail])).toEqual([['state-recovered', 'app-state.json is not valid JSON']]);
  });

  it('raises nothing for a state it wrote itself', async () => {
    const { host, stateStore } = setup();
    await host.handlers.run([{ type: 'log-water' }]);
    const again = setup(undefined, new MemoryStore<AppState>(stateStore.stored));
    expect(await again.host.handlers.getNotices([])).toEqual([]);
    expect(host.app.recovery).toBeNull();
  });
});

describe('HostService notices outside the window', () => {
  it('hands each notice once to a late subscriber, then new ones as they come', async () => {
    const { host } = setup({ version: 1, general: { theme: 'neon' } });
    const seen: string[] = [];
    host.onNewNotice((n) => seen.push(n.kind));
    host.addNotice('state-write-failed', 'EROFS');
    host.addNotice('state-write-failed', 'EROFS again');
    expect(seen).toEqual(['settings-recovered', 'state-write-failed']);
  });
});
