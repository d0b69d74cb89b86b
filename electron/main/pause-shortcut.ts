import { isPaused } from '../../src/core/app/app-state';
import type { AppController } from '../../src/core/app/app-controller';

/** The slice of Electron's globalShortcut the shortcut uses (faked in unit tests). */
export interface GlobalShortcutAdapter {
  /** False (or a throw, for a malformed accelerator) when it cannot be registered. */
  register(accelerator: string, callback: () => void): boolean;
  unregister(accelerator: string): void;
}

/**
 * A global shortcut that pauses monitoring for 15 minutes, or resumes it when paused. Follows
 * the setting as it changes; a shortcut that cannot be had is reported, never silently lost.
 */
export class PauseShortcut {
  private registered: string | null = null;

  constructor(
    private readonly adapter: GlobalShortcutAdapter,
    private readonly app: Pick<AppController, 'dispatch' | 'state'>,
    private readonly now: () => number,
    private readonly onFailure: (accelerator: string) => void,
  ) {}

  apply(accelerator: string): void {
    const wanted = accelerator.trim();
    if (wanted === this.registered) return;
    this.release();
    if (!wanted) return;
    let ok: boolean;
    try {
      ok = this.adapter.register(wanted, () => this.toggle());
    } catch {
      ok = false;
    }
    if (ok) this.registered = wanted;
    else this.onFailure(wanted);
  }

  release(): void {
    if (this.registered) this.adapter.unregister(this.registered);
    this.registered = null;
  }

  toggle(): void {
    if (isPaused(this.app.state, this.now())) this.app.dispatch({ type: 'resume' });
    else this.app.dispatch({ type: 'pause', duration: '15m' });
  }
}
