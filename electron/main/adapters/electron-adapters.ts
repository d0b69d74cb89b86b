/** The only file in main that touches Electron's window, tray and IPC APIs directly. */
import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  nativeImage,
  nativeTheme,
  Tray,
  type BrowserWindowConstructorOptions,
  type MenuItemConstructorOptions,
} from 'electron';
import path from 'node:path';
import type { TrayAction } from '../../../src/core/app/tray-model';
import type { IpcMainAdapter } from '../ipc-bridge';
import type { LoginItemAdapter } from '../login-item';
import type { RenderedMenuItem, TrayAdapter } from '../tray-controller';
import type { ManagedWindow, WindowFactory, WindowKind } from '../windows';

/** Windows are hardened by the app-wide 'web-contents-created' hook, before any page loads. */
export function electronWindowFactory(): WindowFactory {
  return {
    create(_kind: WindowKind, options: BrowserWindowConstructorOptions): ManagedWindow {
      const win = new BrowserWindow(options);
      return {
        loadURL: (url) => win.loadURL(url),
        show: () => win.show(),
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
