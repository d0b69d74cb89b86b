import { app, BrowserWindow, Notification, session } from 'electron';
import Store from 'electron-store';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { DeadlineTimer } from '../../src/core/app/deadline-timer';
import type { Settings } from '../../src/core/settings/schema';
import { formatClockTime } from '../../src/platform/clock-time';
import { eventChannels, type HostInfo } from '../../src/platform/contract';
import { HostService } from '../../src/platform/host-service';
import { resolveLocale } from '../../src/platform/i18n';
import { electronIpcMain, electronLoginItem, electronTray, electronWindowFactory } from './adapters/electron-adapters';
import { startAlertServices } from './alert-services';
import { openHistory } from './history';
import { APP_ORIGIN, isAppUrl } from './app-protocol';
import { hardenSession, hardenWebContents, registerAppScheme, serveAppProtocol } from './hardening';
import { registerIpcHandlers } from './ipc-bridge';
import { copyToBackup, readJsonFileOrBackUp, readProblem, writeJsonFileAtomic } from './json-files';
import { syncLoginItem } from './login-item';
import { createMainI18n } from './main-i18n';
import { prepareSettingsFile } from './settings-file';
import { performTrayAction } from './tray-actions';
import { TrayController } from './tray-controller';
import { WindowManager, type AppPage } from './windows';

const here = path.dirname(fileURLToPath(import.meta.url));
const resourcesDir = app.isPackaged
  ? path.join(process.resourcesPath, 'resources')
  : path.join(here, '../../resources');
const devServerUrl = !app.isPackaged ? (process.env.ELECTRON_RENDERER_URL ?? null) : null;
const devServerOrigin = devServerUrl ? new URL(devServerUrl).origin : null;

registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  void app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      console.error('Stand Tall failed to start:', error);
      app.exit(1);
    });
}

async function start(): Promise<void> {
  serveAppProtocol(path.join(here, '../renderer'));
  hardenSession(session.defaultSession, devServerOrigin);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, devServerOrigin));

  const userData = app.getPath('userData');
  const settingsFile = prepareSettingsFile(
    { path: path.join(userData, 'settings.json'), write: (s) => settingsStore().set('settings', s) },
    new Date(),
  );
  let store: Store<{ settings: Settings }> | null = null;
  // Opened only after the guard above has moved any unreadable file aside.
  const settingsStore = (): Store<{ settings: Settings }> =>
    (store ??= new Store<{ settings: Settings }>({ name: 'settings', clearInvalidConfig: false }));
  settingsStore();

  const stateFile = path.join(userData, 'app-state.json');
  const stateRead = readJsonFileOrBackUp(stateFile, new Date());
  const info: HostInfo = {
    kind: 'electron',
    version: app.getVersion(),
    features: {
      openAtLogin: process.platform !== 'linux' || Boolean(process.env.APPIMAGE),
      tray: true,
      globalShortcut: true,
      lockDetection: true,
      // Electron does not say when another app is full-screen; the rule stays off until it can.
      fullscreenDetection: false,
    },
  };

  const broadcast = (channel: string, payload: unknown): void => {
    for (const win of BrowserWindow.getAllWindows()) {
      if (!win.isDestroyed()) win.webContents.send(channel, payload);
    }
  };

  const host = new HostService({
    clock: { now: () => Date.now() },
    settingsStore: settingsFile.store,
    stateStore: {
      load: () => stateRead.value,
      save: (state) => writeJsonFileAtomic(stateFile, state),
      keepCopy: () => copyToBackup(stateFile, new Date()),
    },
    stateRecoveryDetail: readProblem(stateRead),
    info,
    emit: (method, payload) => broadcast(eventChannels[method], payload),
    settingsRecoveryDetail: settingsFile.recoveryDetail,
  });

  registerIpcHandlers(electronIpcMain(), host.handlers, (url) => isAppUrl(url, devServerOrigin), console);
  const history = openHistory(host, path.join(userData, 'history.sqlite'));

  const i18n = await createMainI18n(host.settings.settings.general.language, app.getPreferredSystemLanguages());
  const pageUrl = (page: AppPage, route = '/'): string => `${devServerUrl ?? APP_ORIGIN}/${page}#${route}`;
  const windowFactory = electronWindowFactory();
  const preloadPath = path.join(here, '../preload/index.cjs');
  const windows = new WindowManager({
    factory: windowFactory,
    preloadPath,
    pageUrl,
    title: i18n.t('app.name'),
    iconPath: path.join(resourcesDir, 'icons/app-icon.png'),
  });

  const trayAdapter = electronTray(path.join(resourcesDir, 'icons'));
  const tray = new TrayController({
    adapter: trayAdapter,
    translate: (key, params) => i18n.t(key, params ?? {}),
    formatTime: (ms) => formatClockTime(ms, Date.now(), i18n.language),
    now: () => Date.now(),
    onAction: (action) =>
      performTrayAction(action, {
        app: host.app,
        openDashboard: (r) => windows.openDashboard(r),
        quit: () => app.quit(),
      }),
  });
  const renderTray = (): void => {
    const { hydration, alerts } = host.settings.settings;
    tray.render(host.app.state, { waterGoal: hydration.dailyGoalGlasses, showPosture: alerts.trayIcon });
  };

  const deadlines = new DeadlineTimer(
    { setTimeout: (cb, ms) => setTimeout(cb, ms), clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout) },
    () => Date.now(),
    () => host.app.nextDeadline(),
    () => host.app.tick(),
  );
  host.app.subscribe(() => {
    renderTray();
    deadlines.rearm();
  });
  host.settings.subscribe((settings) => {
    syncLoginItem(electronLoginItem(), settings.general.openAtLogin);
    renderTray();
    void i18n
      .changeLanguage(resolveLocale(settings.general.language, app.getPreferredSystemLanguages()))
      .then(renderTray);
  });
  syncLoginItem(electronLoginItem(), host.settings.settings.general.openAtLogin);
  host.onNewNotice((notice) => {
    if (!Notification.isSupported()) return;
    const body = i18n.t(`notices.${notice.kind}`, { detail: notice.detail ?? '' });
    new Notification({ title: i18n.t('app.name'), body, silent: true }).show();
  });
  const alertServices = startAlertServices({
    host,
    translate: (key, params) => i18n.t(key, params ?? {}),
    factory: windowFactory,
    preloadPath,
    overlayUrl: pageUrl('overlay.html'),
    openDashboard: (route) => windows.openDashboard(route),
  });
  renderTray();
  deadlines.rearm();

  app.on('second-instance', () => windows.openDashboard());
  // The app lives in the tray: closing the dashboard never quits it.
  app.on('window-all-closed', () => undefined);
  app.on('before-quit', () => {
    deadlines.cancel();
    alertServices.stop();
    history.stop();
    trayAdapter.destroy();
    windows.destroyAll();
  });

  windows.ensureMonitor();
  const startedAtLogin = app.getLoginItemSettings().wasOpenedAtLogin || process.argv.includes('--hidden');
  if (!startedAtLogin) windows.openDashboard('/');
}
