import type { BrowserWindowConstructorOptions } from 'electron';
import { secureWebPreferences } from './security';

export type WindowKind = 'monitor' | 'dashboard' | 'overlay';
export type AppPage = 'index.html' | 'monitor.html' | 'overlay.html';

/** The slice of BrowserWindow the manager uses (faked in unit tests). */
export interface ManagedWindow {
  loadURL(url: string): Promise<void>;
  show(): void;
  /** Shows without taking focus (overlays must never steal keystrokes). */
  showInactive(): void;
  focus(): void;
  restore(): void;
  isMinimized(): boolean;
  isDestroyed(): boolean;
  destroy(): void;
  onClosed(listener: () => void): void;
}

export interface WindowFactory {
  create(kind: WindowKind, options: BrowserWindowConstructorOptions): ManagedWindow;
}

export interface WindowManagerOptions {
  factory: WindowFactory;
  preloadPath: string;
  pageUrl: (page: AppPage, route?: string) => string;
  title: string;
  iconPath?: string;
}

/**
 * Owns the app's windows: one hidden monitor window that lives as long as the app (camera and
 * pose worker), and a dashboard created on demand and destroyed on close, so an idle app keeps
 * no UI renderer alive.
 */
export class WindowManager {
  private monitor: ManagedWindow | null = null;
  private dashboard: ManagedWindow | null = null;

  constructor(private readonly options: WindowManagerOptions) {}

  ensureMonitor(): ManagedWindow {
    if (this.monitor && !this.monitor.isDestroyed()) return this.monitor;
    const win = this.options.factory.create('monitor', {
      show: false,
      width: 320,
      height: 240,
      skipTaskbar: true,
      title: this.options.title,
      webPreferences: secureWebPreferences(this.options.preloadPath, {
        // The monitor samples the camera while hidden; throttling would starve it.
        backgroundThrottling: false,
      }),
    });
    win.onClosed(() => {
      if (this.monitor === win) this.monitor = null;
    });
    this.monitor = win;
    void win.loadURL(this.options.pageUrl('monitor.html'));
    return win;
  }

  /** Opens (or brings forward) the dashboard; with a route, shows that screen. */
  openDashboard(route?: string): ManagedWindow {
    const existing = this.dashboard;
    if (existing && !existing.isDestroyed()) {
      if (route !== undefined) void existing.loadURL(this.options.pageUrl('index.html', route));
      if (existing.isMinimized()) existing.restore();
      existing.show();
      existing.focus();
      return existing;
    }
    const win = this.options.factory.create('dashboard', {
      show: false,
      width: 1040,
      height: 720,
      minWidth: 640,
      minHeight: 480,
      title: this.options.title,
      ...(this.options.iconPath ? { icon: this.options.iconPath } : {}),
      webPreferences: secureWebPreferences(this.options.preloadPath),
    });
    win.onClosed(() => {
      if (this.dashboard === win) this.dashboard = null;
    });
    this.dashboard = win;
    void win.loadURL(this.options.pageUrl('index.html', route)).then(() => {
      if (!win.isDestroyed()) {
        win.show();
        win.focus();
      }
    });
    return win;
  }

  get openWindowCount(): number {
    return [this.monitor, this.dashboard].filter((w) => w && !w.isDestroyed()).length;
  }

  destroyAll(): void {
    for (const win of [this.dashboard, this.monitor]) if (win && !win.isDestroyed()) win.destroy();
    this.dashboard = null;
    this.monitor = null;
  }
}
