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
import { SlouchNotifier } from './slouch-notifier';
import { watchSystem } from './system-watcher';
import type { WindowFactory } from './windows';

export interface AlertServicesDeps {
  host: HostService;
  translate: Translate;
  factory: WindowFactory;
  preloadPath: string;
  overlayUrl: string;
  openDashboard: () => void;
}

/**
 * Everything that carries the alert ladder and the quiet rules out of the core into the desktop:
 * native reminders, the edge glow on every display, lock/sleep/power facts and the pause shortcut.
 */
export function startAlertServices(deps: AlertServicesDeps): { stop(): void } {
  const { host } = deps;
  const now = () => Date.now();
  const notifier = new SlouchNotifier({
    adapter: electronNotifications(),
    translate: deps.translate,
    now,
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
  displays.onChange(() => overlays.displaysChanged());
  const offGlow = host.app.subscribe((state) => overlays.update(state.alert.glow));

  watchSystem(electronPowerMonitor(), host.app);

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
      overlays.destroyAll();
    },
  };
}
