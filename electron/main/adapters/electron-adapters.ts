/** The only file in main that touches Electron's window, tray and IPC APIs directly. */
import {
  app,
  BrowserWindow,
  globalShortcut,
  ipcMain,
  Menu,
  nativeImage,
  nativeTheme,
  Notification,
  powerMonitor,
  screen,
  Tray,
  type BrowserWindowConstructorOptions,
  type MenuItemConstructorOptions,
} from 'electron';
import path from 'node:path';
import type { TrayAction } from '../../../src/core/app/tray-model';
import type { DisplayAdapter } from '../glow-overlays';
import type { IpcMainAdapter } from '../ipc-bridge';
import type { GlobalShortcutAdapter } from '../pause-shortcut';
import type { NotificationAdapter } from '../reminder-notifier';
import type { PowerMonitorAdapter } from '../system-watcher';
import type { LoginItemAdapter } from '../login-item';
import type { RenderedMenuItem, TrayAdapter } from '../tray-controller';
import type { ManagedWindow, WindowFactory, WindowKind } from '../windows';

/** Windows are hardened by the app-wide 'web-contents-created' hook, before any page loads. */
export function electronWindowFactory(): WindowFactory {
  return {
    create(kind: WindowKind, options: BrowserWindowConstructorOptions): ManagedWindow {
      // The secure preferences again, as literals: the last word is here, where the window is
      // made (and where static auditors such as electronegativity look for them).
      const win = new BrowserWindow({
        ...options,
        webPreferences: {
          ...options.webPreferences,
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          nodeIntegrationInWorker: false,
          webviewTag: false,
          disableBlinkFeatures: 'Auxclick',
        },
      });
      if (kind === 'overlay') {
        // Click-through and above full-screen apps, on every workspace.
        win.setIgnoreMouseEvents(true);
        win.setAlwaysOnTop(true, 'screen-saver');
        win.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
      }
      return {
        loadURL: (url) => win.loadURL(url),
        show: () => win.show(),
        showInactive: () => win.showInactive(),
        focus: () => win.focus(),
        restore: () => win.restore(),
        isMinimized: () => win.isMinimized(),
        isDestroyed: () => win.isDestroyed(),
        destroy: () => win.destroy(),
        onClosed: (listener) => win.on('closed', listener),
      };
    },
  };
}

export function electronIpcMain(): IpcMainAdapter {
  return {
    handle(channel, handler) {
      ipcMain.handle(channel, (event, ...args: unknown[]) => handler(event.senderFrame?.url ?? '', args));
    },
  };
}

export function electronTray(iconsDir: string): TrayAdapter & { destroy(): void } {
  const iconPath = (base: string): string => {
    if (process.platform === 'darwin') return path.join(iconsDir, `${base}-Template.png`);
    // Windows and Linux trays do not recolour: pick the variant that contrasts with the panel.
    const variant = nativeTheme.shouldUseDarkColors ? 'dark' : 'light';
    return path.join(iconsDir, `${base}-${variant}.png`);
  };
  const tray = new Tray(nativeImage.createFromPath(iconPath('tray-camera-off')));
  const toTemplate = (items: RenderedMenuItem[], onAction: (a: TrayAction) => void): MenuItemConstructorOptions[] =>
    items.map((item) => {
      switch (item.type) {
        case 'separator':
          return { type: 'separator' };
        case 'submenu':
          return { label: item.label, submenu: toTemplate(item.submenu, onAction) };
        case 'normal':
          return { label: item.label, click: () => onAction(item.action) };
      }
    });
  return {
    setImage: (base) => {
      const image = nativeImage.createFromPath(iconPath(base));
      if (process.platform === 'darwin') image.setTemplateImage(true);
      tray.setImage(image);
    },
    setToolTip: (text) => tray.setToolTip(text),
    setMenu: (items, onAction) => tray.setContextMenu(Menu.buildFromTemplate(toTemplate(items, onAction))),
    destroy: () => tray.destroy(),
  };
}

export function electronLoginItem(): LoginItemAdapter {
  return {
    get: () => app.getLoginItemSettings().openAtLogin,
    set: (openAtLogin) => app.setLoginItemSettings({ openAtLogin, args: ['--hidden'] }),
  };
}

export function electronNotifications(): NotificationAdapter {
  return {
    isSupported: () => Notification.isSupported(),
    // Action buttons are a macOS feature in Electron; elsewhere a click opens the app.
    supportsActions: () => process.platform === 'darwin',
    show(request, handlers) {
      const notification = new Notification({
        title: request.title,
        body: request.body,
        silent: request.silent,
        actions: request.actions.map((text) => ({ type: 'button' as const, text })),
      });
      notification.on('action', (_event, index) => handlers.onAction(index));
      notification.on('click', () => handlers.onClick());
      notification.show();
      return { close: () => notification.close() };
    },
  };
}

export function electronPowerMonitor(): PowerMonitorAdapter {
  return {
    on: (event, listener) => void powerMonitor.on(event as 'lock-screen', listener),
    isOnBatteryPower: () => powerMonitor.isOnBatteryPower(),
    getSystemIdleTime: () => powerMonitor.getSystemIdleTime(),
  };
}

export function electronGlobalShortcut(): GlobalShortcutAdapter {
  return {
    register: (accelerator, callback) => globalShortcut.register(accelerator, callback),
    unregister: (accelerator) => globalShortcut.unregister(accelerator),
  };
}

export function electronDisplays(): DisplayAdapter & { onChange(listener: () => void): void } {
  return {
    // The whole display, not the work area: the glow frames the screen edges.
    displayBounds: () => screen.getAllDisplays().map((d) => d.bounds),
    onChange: (listener) => {
      for (const event of ['display-added', 'display-removed', 'display-metrics-changed'] as const) {
        screen.on(event as 'display-added', listener);
      }
    },
  };
}
