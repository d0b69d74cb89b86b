import type { BrowserWindowConstructorOptions } from 'electron';
import type { AlertLevel } from '../../src/core/alerts/alert-ladder';
import type { TimerScheduler } from '../../src/core/app/deadline-timer';
import { secureWebPreferences } from './security';
import type { ManagedWindow, WindowFactory } from './windows';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Display geometry (Electron's screen module; faked in unit tests). */
export interface DisplayAdapter {
  displayBounds(): Rect[];
}

export interface GlowOverlaysOptions {
  factory: WindowFactory;
  displays: DisplayAdapter;
  scheduler: TimerScheduler;
  preloadPath: string;
  overlayUrl: string;
}

/** Long enough for the page's fade-out to finish before its window goes. */
export const FADE_OUT_MS = 1500;

/**
 * The screen-edge glow of the alert ladder: one transparent, click-through, never-focused window
 * per display while the glow is on, destroyed after it fades out, so nothing lingers between
 * alerts. The page inside draws the glow from the app state (and honours reduced motion).
 */
export class GlowOverlays {
  private windows: ManagedWindow[] = [];
  private teardown: unknown = null;

  constructor(private readonly options: GlowOverlaysOptions) {}

  update(level: AlertLevel): void {
    if (level > 0) {
      this.cancelTeardown();
      if (this.windows.length === 0) this.open();
      return;
    }
    if (this.windows.length > 0 && this.teardown === null) {
      this.teardown = this.options.scheduler.setTimeout(() => {
        this.teardown = null;
        this.close();
      }, FADE_OUT_MS);
    }
  }

  /** Displays were added, removed or rearranged: cover the new layout. */
  displaysChanged(): void {
    if (this.windows.length === 0) return;
    this.close();
    this.open();
  }

  get openCount(): number {
    return this.windows.filter((w) => !w.isDestroyed()).length;
  }

  destroyAll(): void {
    this.cancelTeardown();
    this.close();
  }

  private open(): void {
    for (const area of this.options.displays.displayBounds()) {
      const options: BrowserWindowConstructorOptions = {
        ...area,
        show: false,
        frame: false,
        transparent: true,
        focusable: false,
        skipTaskbar: true,
        alwaysOnTop: true,
        hasShadow: false,
        resizable: false,
        movable: false,
        minimizable: false,
        maximizable: false,
        fullscreenable: false,
        webPreferences: secureWebPreferences(this.options.preloadPath, { backgroundThrottling: false }),
      };
      const win = this.options.factory.create('overlay', options);
      win.onClosed(() => {
        this.windows = this.windows.filter((w) => w !== win);
      });
      this.windows.push(win);
      void win.loadURL(this.options.overlayUrl).then(() => {
        if (!win.isDestroyed()) win.showInactive();
      });
    }
  }

  private close(): void {
    const windows = this.windows;
    this.windows = [];
    for (const win of windows) if (!win.isDestroyed()) win.destroy();
  }

  private cancelTeardown(): void {
    if (this.teardown !== null) this.options.scheduler.clearTimeout(this.teardown);
    this.teardown = null;
  }
}
