import { describe, expect, it } from 'vitest';
import { isPaused } from '../../../src/core/app/app-state';
import { FADE_OUT_MS, GlowOverlays, type Rect } from '../../../electron/main/glow-overlays';
import { PauseShortcut, type GlobalShortcutAdapter } from '../../../electron/main/pause-shortcut';
import { watchSystem, type PowerEvent } from '../../../electron/main/system-watcher';
import { controller, NOW, slouch, sitUp } from '../../support/alerting';
import { FakeClock, FakeScheduler } from '../../support/fakes';
import { fakeWindowFactory } from '../../support/fake-windows';

describe('GlowOverlays', () => {
  function setup(displays: Rect[]) {
    const clock = new FakeClock(NOW);
    const scheduler = new FakeScheduler(clock);
    const { factory, created } = fakeWindowFactory();
    let layout = displays;
    const overlays = new GlowOverlays({
      factory,
      displays: { displayBounds: () => layout },
      scheduler,
      preloadPath: '/app/preload/index.cjs',
      overlayUrl: 'app://bundle/overlay.html',
    });
    const setLayout = (next: Rect[]) => (layout = next);
    return { overlays, created, scheduler, clock, setLayout };
  }
  const twoScreens = [
    { x: 0, y: 0, width: 1920, height: 1080 },
    { x: 1920, y: 0, width: 2560, height: 1440 },
  ];

  it('covers every display with a click-through window that never takes focus', async () => {
    const { overlays, created } = setup(twoScreens);
    overlays.update(1);
    expect(created.map((w) => [w.kind, w.options.x, w.options.width])).toEqual([
      ['overlay', 0, 1920],
      ['overlay', 1920, 2560],
    ]);
    for (const w of created) {
      expect(w.options).toMatchObject({ focusable: false, transparent: true, frame: false, skipTaskbar: true });
      expect(w.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true });
      expect(w.urls).toEqual(['app://bundle/overlay.html']);
    }
    await Promise.resolve();
    expect(created.map((w) => [w.shown, w.shownInactive])).toEqual([
      [0, 1],
      [0, 1],
    ]);
  });

  it('lets the glow fade, then closes its windows; a new slouch during the fade keeps them', () => {
    const { overlays, scheduler, clock } = setup(twoScreens);
    overlays.update(1);
    overlays.update(0);
    expect(overlays.openCount).toBe(2);
    scheduler.advanceTo(clock.now() + FADE_OUT_MS - 1);
    overlays.update(2);
    scheduler.advanceTo(clock.now() + FADE_OUT_MS * 2);
    expect(overlays.openCount).toBe(2);
    overlays.update(0);
    scheduler.advanceTo(clock.now() + FADE_OUT_MS);
    expect(overlays.openCount).toBe(0);
  });

  it('follows a display being plugged in while glowing', () => {
    const { overlays, created, setLayout } = setup(twoScreens.slice(0, 1));
    overlays.update(1);
    setLayout(twoScreens);
    overlays.displaysChanged();
    expect(overlays.openCount).toBe(2);
    expect(created.filter((w) => w.destroyed)).toHaveLength(1);
  });

  it('1,000 alert cycles leave no window behind', () => {
    const { overlays, created, scheduler, clock } = setup(twoScreens);
    for (let i = 0; i < 1000; i++) {
      overlays.update(1);
      overlays.update(0);
      scheduler.advanceTo(clock.now() + FADE_OUT_MS);
    }
    expect(overlays.openCount).toBe(0);
    expect(created).toHaveLength(2000);
    expect(created.every((w) => w.destroyed)).toBe(true);
    expect(scheduler.pending).toBe(0);
  });

  it('1,000 slouch episodes through the real controller leave the window count where it started', () => {
    const { overlays, scheduler, clock } = setup(twoScreens);
    const { app } = controller(clock);
    app.subscribe((s) => overlays.update(s.alert.glow));
    for (let i = 0; i < 1000; i++) {
      slouch(app, clock.now());
      scheduler.advanceTo(clock.now() + 30_000);
      sitUp(app, clock.now());
      scheduler.advanceTo(clock.now() + FADE_OUT_MS);
    }
    expect(overlays.openCount).toBe(0);
  });
});

describe('watchSystem', () => {
  it('pauses on lock and sleep and resumes on unlock and wake', () => {
    const { app, clock } = controller();
    const listeners = new Map<PowerEvent, () => void>();
    watchSystem(
      { on: (event, l) => listeners.set(event, l), isOnBatteryPower: () => true, getSystemIdleTime: () => 0 },
      app,
    );
    expect(app.state.system.onBattery).toBe(true);
    listeners.get('lock-screen')!();
    expect(app.state.quiet?.reason).toBe('locked');
    listeners.get('suspend')!();
    expect(app.state.quiet?.reason).toBe('suspended');
    clock.advance(3 * 3_600_000);
    listeners.get('resume')!();
    expect(app.state.quiet?.reason).toBe('locked');
    listeners.get('unlock-screen')!();
    expect(app.state.quiet).toBeNull();
    listeners.get('on-ac')!();
    expect(app.state.system.onBattery).toBe(false);
  });
});

describe('PauseShortcut', () => {
  class FakeShortcuts implements GlobalShortcutAdapter {
    registered = new Map<string, () => void>();
    taken = new Set(['Ctrl+Taken']);
    register(accelerator: string, callback: () => void) {
      if (accelerator === 'not a key') throw new Error('invalid accelerator');
      if (this.taken.has(accelerator)) return false;
      this.registered.set(accelerator, callback);
      return true;
    }
    unregister(accelerator: string) {
      this.registered.delete(accelerator);
    }
  }

  it('pauses for 15 minutes and resumes on the next press', () => {
    const { app, clock } = controller();
    const keys = new FakeShortcuts();
    const shortcut = new PauseShortcut(
      keys,
      app,
      () => clock.now(),
      () => {},
    );
    shortcut.apply('CommandOrControl+Alt+P');
    keys.registered.get('CommandOrControl+Alt+P')!();
    expect(app.state.pause).toMatchObject({ until: NOW + 15 * 60_000, kind: 'pause' });
    keys.registered.get('CommandOrControl+Alt+P')!();
    expect(isPaused(app.state, clock.now())).toBe(false);
  });

  it('follows the setting and reports a shortcut it cannot have', () => {
    const { app, clock } = controller();
    const keys = new FakeShortcuts();
    const failed: string[] = [];
    const shortcut = new PauseShortcut(
      keys,
      app,
      () => clock.now(),
      (a) => failed.push(a),
    );
    shortcut.apply('Ctrl+Alt+P');
    shortcut.apply('Ctrl+Taken');
    shortcut.apply('not a key');
    expect(failed).toEqual(['Ctrl+Taken', 'not a key']);
    expect([...keys.registered.keys()]).toEqual([]);
    shortcut.apply('Ctrl+Alt+S');
    shortcut.apply('');
    expect([...keys.registered.keys()]).toEqual([]);
  });
});
