import { describe, expect, it } from 'vitest';
import { AppController } from '../../../src/core/app/app-controller';
import { isPaused, type AppState } from '../../../src/core/app/app-state';
import { DEFAULT_ALERTS, DEFAULT_QUIET, DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/schema';
import { FADE_OUT_MS, GlowOverlays, type Rect } from '../../../electron/main/glow-overlays';
import { PauseShortcut, type GlobalShortcutAdapter } from '../../../electron/main/pause-shortcut';
import {
  ReminderNotifier,
  type NotificationAdapter,
  type NotificationRequest,
} from '../../../electron/main/reminder-notifier';
import { watchSystem, type PowerEvent } from '../../../electron/main/system-watcher';
import type { WindowFactory } from '../../../electron/main/windows';
import { FakeClock, FakeScheduler, MemoryStore, ONLY_PAUSES } from '../../support/fakes';
import { FakeWindow } from '../../support/fake-windows';

const NOW = new Date(2026, 10, 23, 9, 0).getTime();

function controller(clock = new FakeClock(NOW), rules?: Settings) {
  const app = new AppController(
    clock,
    new MemoryStore<AppState>(),
    rules ?? {
      ...DEFAULT_SETTINGS,
      alerts: { ...DEFAULT_ALERTS, screenGlow: true },
      quiet: DEFAULT_QUIET,
      breaks: { ...DEFAULT_SETTINGS.breaks, microEnabled: false, movementEnabled: false },
      hydration: DEFAULT_SETTINGS.hydration,
    },
  );
  return { app, clock };
}

const slouch = (app: AppController, at: number) =>
  app.dispatch({
    type: 'report-posture',
    state: { kind: 'slouching', since: at, score: 1.5, signals: ['forwardHead'] },
  });
const sitUp = (app: AppController, at: number) =>
  app.dispatch({ type: 'report-posture', state: { kind: 'good', since: at, score: 0.2, signals: [] } });

class FakeNotifications implements NotificationAdapter {
  shown: { request: NotificationRequest; closed: boolean; onAction: (i: number) => void; onClick: () => void }[] = [];
  constructor(private readonly actions: boolean) {}
  isSupported() {
    return true;
  }
  supportsActions() {
    return this.actions;
  }
  show(request: NotificationRequest, handlers: { onAction: (i: number) => void; onClick: () => void }) {
    const entry = { request, closed: false, ...handlers };
    this.shown.push(entry);
    return { close: () => void (entry.closed = true) };
  }
}

describe('ReminderNotifier', () => {
  function setup(actions: boolean, rules?: Settings) {
    const { app, clock } = controller(new FakeClock(NOW), rules);
    const adapter = new FakeNotifications(actions);
    const opened: string[] = [];
    const notifier = new ReminderNotifier({
      adapter,
      translate: (key, params) => `${key}${params?.hint ? `(${String(params.hint)})` : ''}`,
      now: () => clock.now(),
      settings: () => rules ?? DEFAULT_SETTINGS,
      app,
      openDashboard: (route) => opened.push(route),
    });
    app.onAlert((e) => notifier.handle(e));
    return { app, adapter, opened, clock };
  }

  it('shows a friendly reminder with a hint for the signal, and its answers as buttons', () => {
    const { app, adapter } = setup(true);
    slouch(app, NOW);
    expect(adapter.shown).toHaveLength(1);
    const { request } = adapter.shown[0]!;
    expect(request.title).toBe('alerts.title1');
    expect(request.body).toBe('alerts.body1(alerts.hints.forwardHead)');
    expect(request.actions).toEqual(['alerts.satUp', 'alerts.snooze', 'offers.postureBreak']);
    expect(request.silent).toBe(true);
  });

  it('"I\'ve sat up" clears it; "Snooze" pauses for 15 minutes', () => {
    const { app, adapter, clock } = setup(true);
    slouch(app, NOW);
    adapter.shown[0]!.onAction(0);
    expect(adapter.shown[0]!.closed).toBe(true);
    expect(app.state.alert.glow).toBe(0);
    clock.advance(10 * 60_000);
    app.tick();
    expect(adapter.shown).toHaveLength(2);
    adapter.shown[1]!.onAction(1);
    expect(adapter.shown[1]!.closed).toBe(true);
    expect(app.state.quiet).toEqual({ reason: 'snoozed', resumesAt: clock.now() + 15 * 60_000 });
  });

  it('takes the reminder back when posture recovers', () => {
    const { app, adapter } = setup(true);
    slouch(app, NOW);
    sitUp(app, NOW + 1000);
    expect(adapter.shown[0]!.closed).toBe(true);
  });

  it('without buttons (Windows, Linux) the text says to click, and a click opens the dashboard', () => {
    const { app, adapter, opened } = setup(false);
    slouch(app, NOW);
    const entry = adapter.shown[0]!;
    expect(entry.request.actions).toEqual([]);
    expect(entry.request.body).toMatch(/alerts\.clickForOptions$/);
    entry.onClick();
    expect(opened).toEqual(['/']);
  });

  it('"Posture break now" opens the player on the routine that fits the slouch', () => {
    const { app, adapter, opened } = setup(true);
    slouch(app, NOW);
    adapter.shown[0]!.onAction(2);
    expect(opened).toEqual(['/player/postureReset']);
  });

  const breaksOnly = (strict: boolean): Settings => ({
    ...ONLY_PAUSES,
    breaks: { ...ONLY_PAUSES.breaks, movementEnabled: true, warningSeconds: 0, strict },
  });

  it('offers a due break with Start, Postpone and Skip, and takes it back once answered', () => {
    const { app, adapter, opened, clock } = setup(true, breaksOnly(false));
    clock.advance(60 * 60_000);
    app.tick();
    const offer = adapter.shown.at(-1)!;
    expect(offer.request.body).toBe('offers.breakDue');
    expect(offer.request.actions).toEqual(['offers.startBreak', 'offers.postpone', 'offers.skip']);
    offer.onAction(1);
    expect(offer.closed).toBe(true);
    expect(app.state.breaks.due).toBeNull();
    clock.advance(5 * 60_000);
    app.tick();
    adapter.shown.at(-1)!.onAction(0);
    expect(opened).toEqual(['/player/movementBreak']);
  });

  it('in strict mode a due break opens the player by itself, with no way to skip', () => {
    const { app, adapter, opened, clock } = setup(true, breaksOnly(true));
    clock.advance(60 * 60_000);
    app.tick();
    expect(opened).toEqual(['/player/movementBreak']);
    expect(adapter.shown.at(-1)!.request.actions).toEqual(['offers.startBreak']);
  });
});

describe('GlowOverlays', () => {
  function setup(displays: Rect[]) {
    const clock = new FakeClock(NOW);
    const scheduler = new FakeScheduler(clock);
    const created: FakeWindow[] = [];
    const factory: WindowFactory = {
      create: (kind, options) => {
        const w = new FakeWindow(kind, options);
        created.push(w);
        return w;
      },
    };
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
