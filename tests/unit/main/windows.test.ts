import { describe, expect, it } from 'vitest';
import { WindowManager } from '../../../electron/main/windows';
import { fakeWindowFactory, type FakeWindow } from '../../support/fake-windows';

function setup() {
  const { factory, created } = fakeWindowFactory();
  const manager = new WindowManager({
    factory,
    preloadPath: '/app/preload/index.cjs',
    pageUrl: (page, route = '/') => `app://bundle/${page}#${route}`,
    title: 'Stand Tall',
  });
  return { manager, created };
}

const flush = () => new Promise((r) => setImmediate(r));

describe('WindowManager', () => {
  it('creates one hidden, unthrottled, sandboxed monitor window', () => {
    const { manager, created } = setup();
    manager.ensureMonitor();
    manager.ensureMonitor();
    expect(created).toHaveLength(1);
    const [monitor] = created;
    expect(monitor!.options.show).toBe(false);
    expect(monitor!.options.webPreferences).toMatchObject({
      backgroundThrottling: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      preload: '/app/preload/index.cjs',
    });
    expect(monitor!.urls).toEqual(['app://bundle/monitor.html#/']);
  });

  it('creates the dashboard on demand, reuses it while open, and forgets it when closed', async () => {
    const { manager, created } = setup();
    manager.ensureMonitor();
    const first = manager.openDashboard('/') as FakeWindow;
    await flush();
    expect(first.shown).toBe(1);
    expect(manager.openWindowCount).toBe(2);
    manager.openDashboard('/settings');
    expect(created).toHaveLength(2);
    expect(first.urls.at(-1)).toBe('app://bundle/index.html#/settings');
    first.close();
    expect(manager.openWindowCount).toBe(1);
    manager.openDashboard();
    expect(created).toHaveLength(3);
    expect(created[2]!.urls).toEqual(['app://bundle/index.html#/']);
  });

  it('brings an open dashboard forward without changing its screen (second launch)', () => {
    const { manager } = setup();
    const win = manager.openDashboard('/about') as FakeWindow;
    manager.openDashboard();
    expect(win.urls).toEqual(['app://bundle/index.html#/about']);
    expect(win.focused).toBeGreaterThanOrEqual(1);
  });

  it('leaves the window count where it started after many open/close cycles', () => {
    const { manager } = setup();
    manager.ensureMonitor();
    const before = manager.openWindowCount;
    for (let i = 0; i < 1000; i++) (manager.openDashboard('/') as FakeWindow).close();
    expect(manager.openWindowCount).toBe(before);
    manager.destroyAll();
    expect(manager.openWindowCount).toBe(0);
  });
});
