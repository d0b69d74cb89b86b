/** A BrowserWindow stand-in: Electron's own window cannot run here. */
import type { BrowserWindowConstructorOptions } from 'electron';
import type { ManagedWindow, WindowFactory, WindowKind } from '../../electron/main/windows';

export class FakeWindow implements ManagedWindow {
  urls: string[] = [];
  shown = 0;
  shownInactive = 0;
  focused = 0;
  destroyed = false;
  private closedListeners: (() => void)[] = [];
  constructor(
    readonly kind: WindowKind,
    readonly options: BrowserWindowConstructorOptions,
  ) {}
  async loadURL(url: string) {
    this.urls.push(url);
  }
  show() {
    this.shown++;
  }
  showInactive() {
    this.shownInactive++;
  }
  focus() {
    this.focused++;
  }
  restore() {}
  isMinimized() {
    return false;
  }
  isDestroyed() {
    return this.destroyed;
  }
  destroy() {
    this.close();
  }
  onClosed(listener: () => void) {
    this.closedListeners.push(listener);
  }
  /** What Electron does when the person closes the window. */
  close() {
    this.destroyed = true;
    this.closedListeners.forEach((l) => l());
  }
}

/** A window factory that keeps every fake window it made, in order. */
export function fakeWindowFactory(): { factory: WindowFactory; created: FakeWindow[] } {
  const created: FakeWindow[] = [];
  const factory: WindowFactory = {
    create: (kind, options) => {
      const w = new FakeWindow(kind, options);
      created.push(w);
      return w;
    },
  };
  return { factory, created };
}
