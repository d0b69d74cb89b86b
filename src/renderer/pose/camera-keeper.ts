import type { CameraReason, CameraStatus } from '../../core/app/app-state';
import { Backoff } from '../../core/backoff';
import { CameraSuperseded, classifyCameraError, type Camera } from './camera';

/** Camera states that heal by themselves (a camera plugged in or freed): retry with back-off. */
const RETRYABLE: readonly CameraStatus[] = ['no-camera', 'in-use', 'error'];

export interface CameraKeeperHooks {
  /** The camera the settings ask for (null: the system's default). */
  deviceId(): string | null;
  /** Whether monitoring may use the camera now (not paused, not a quiet time). */
  allowed(): boolean;
  /** The camera is open: start taking frames from it. */
  opened(): void;
  /** The camera is about to close or is lost: stop taking frames from it. */
  closing(): void;
  report(status: CameraStatus, reason?: CameraReason | null, detail?: string | null): void;
  /** A retry is due: decide afresh whether to open the camera. */
  retry(): void;
  /** Whether this camera is plugged in now (enumerating devices; no permission prompt). */
  isPresent(deviceId: string): Promise<boolean>;
}

/**
 * Opens and closes the camera for the monitor, says what state it is in, and retries a camera
 * that heals by itself (unplugged, busy in another app) with back-off — at once when a device
 * appears or comes free.
 */
export class CameraKeeper {
  /** Openings in flight (a second starts when another camera is chosen during the first). */
  private openings = 0;
  /** The chosen camera was gone at opening, and the system's default is in use instead. */
  private fellBack = false;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private readonly backoff = new Backoff(2000, 30_000);

  constructor(
    private readonly camera: Pick<Camera, 'isOpen' | 'currentTrack' | 'open' | 'stop'>,
    private readonly hooks: CameraKeeperHooks,
  ) {}

  get isOpen(): boolean {
    return this.camera.isOpen;
  }

  /** Starting, or waiting to retry: there is nothing to open now. */
  get busy(): boolean {
    return this.openings > 0 || this.retryTimer !== null;
  }

  /** The system's default stands in for the chosen camera, which was gone at opening. */
  get onDefaultInstead(): boolean {
    return this.fellBack;
  }

  get retrying(): boolean {
    return this.retryTimer !== null;
  }

  async open(): Promise<void> {
    if (typeof MediaStreamTrackProcessor === 'undefined') {
      // Without it no frame can reach the worker; say so rather than show a camera that sees nothing.
      this.hooks.report('error', 'no-frame-api', 'MediaStreamTrackProcessor is not available');
      return;
    }
    this.openings += 1;
    this.hooks.report('starting');
    try {
      const opened = await this.camera.open(this.hooks.deviceId(), () => this.trackEnded());
      this.backoff.reset();
      if (!this.hooks.allowed()) {
        // Paused while the camera was starting: release it at once.
        this.close('off');
        return;
      }
      this.fellBack = opened.fellBack;
      this.hooks.report('on', opened.fellBack ? 'fell-back' : null);
      this.hooks.opened();
    } catch (error) {
      // A later opening or a close took over; it reports for itself.
      if (error instanceof CameraSuperseded) return;
      const failure = classifyCameraError(error);
      this.hooks.report(failure.status, failure.reason, failure.detail);
      if (RETRYABLE.includes(failure.status)) this.scheduleRetry();
    } finally {
      this.openings -= 1;
    }
  }

  /** Closes the camera (its light goes off) and cancels any retry. */
  close(status: CameraStatus): void {
    this.fellBack = false;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.hooks.closing();
    this.camera.stop();
    this.hooks.report(status);
  }

  /** Another camera was chosen: let go of this one and open that. */
  reopen(): void {
    this.close('starting');
    void this.open();
  }

  /** The camera's track ended (unplugged, taken away by the system): retried until it is back. */
  trackEnded(): void {
    if (!this.camera.isOpen && !this.camera.currentTrack) return;
    this.close('no-camera');
    this.hooks.report('no-camera', 'disconnected');
    this.scheduleRetry();
  }

  /**
   * A camera appeared or came free: try now instead of waiting out the back-off; and when the
   * default stands in for the chosen camera, go back to the chosen one once it is plugged in
   * again (the laptop docked again: its desk camera returns, and with it the desk's profile).
   */
  deviceChanged(): void {
    const chosen = this.hooks.deviceId();
    if (this.fellBack && chosen) {
      void this.hooks.isPresent(chosen).then((back) => {
        if (back && this.fellBack && this.camera.isOpen && this.openings === 0) this.reopen();
      });
      return;
    }
    if (!this.retryTimer) return;
    clearTimeout(this.retryTimer);
    this.retryTimer = null;
    this.backoff.reset();
    this.hooks.retry();
  }

  private scheduleRetry(): void {
    if (this.retryTimer) return;
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.hooks.retry();
    }, this.backoff.nextDelayMs());
  }
}
