import type { HostService } from '../../src/platform/host-service';
import type { Translate } from '../../src/platform/alert-text';
import {
  electronDisplays,
  electronGlobalShortcut,
  electronNotifications,
  electronPowerMonitor,
} from './adapters/electron-adapters';
import { GlowOverlays } from './glow-overlays';
import { PauseShortcut } from './pause-shortcut';
import { ReminderNotifier } from './reminder-notifier';
import { watchIdle, watchSystem } from './system-watcher';
import type { WindowFactory } from './windows';

export interface AlertServicesDeps {
  host: HostService;
  translate: Translate;
  factory: WindowFactory;
  preloadPath: string;
  overlayUrl: string;
  openDashboard: (route: string) => void;
}

/**
 * Everything that carries the alert ladder and the quiet rules out of the core into the desktop:
 * native reminders, the edge glow on every display, lock/sleep/power facts and the pause shortcut.
 */
export function startAlertServices(deps: AlertServicesDeps): { stop(): void } {
  const { host } = deps;
  const now = () => Date.now();
  const notifier = new ReminderNotifier({
    adapter: electronNotifications(),
    translate: deps.translate,
    now,
    settings: () => host.settings.settings,
    app: host.app,
    openDashboard: deps.openDashboard,
  });
  const offAlerts = host.app.onAlert((effect) => notifier.handle(effect));

  const displays = electronDisplays();
  const overlays = new GlowOverlays({
    factory: deps.factory,
    displays,
    scheduler: { setTimeout: (cb, ms) => setTimeout(cb, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) },
    preloadPath: deps.preloadPath,
    overlayUrl: deps.overlayUrl,
  });
  // The layout is remembered with each calibration, to suggest calibrating again when it changes.
  const reportDisplays = () =>
    host.app.dispatch({
      type: 'report-system',
      system: {
        displays: displays
          .displayBounds()
          .map((b) => `${b.x},${b.y},${b.width}x${b.height}`)
          .join(';'),
      },
    });
  reportDisplays();
  displays.onChange(() => {
    overlays.displaysChanged();
    reportDisplays();
  });
  const offGlow = host.app.subscribe((state) => overlays.update(state.alert.glow));

  const power = electronPowerMonitor();
  watchSystem(power, host.app);
  const idleTimers: NodeJS.Timeout[] = [];
  watchIdle(power, host.app, { setInterval: (cb, ms) => idleTimers.push(setInterval(cb, ms)) });

  const shortcut = new PauseShortcut(electronGlobalShortcut(), host.app, now, (accelerator) =>
    host.addNotice('shortcut-failed', accelerator),
  );
  shortcut.apply(host.settings.settings.quiet.pauseShortcut);
  const offSettings = host.settings.subscribe((settings) => shortcut.apply(settings.quiet.pauseShortcut));

  return {
    stop: () => {
      offAlerts();
      offGlow();
      offSettings();
      shortcut.release();
      idleTimers.forEach((t) => clearInterval(t));
      overlays.destroyAll();
    },
  };
}
