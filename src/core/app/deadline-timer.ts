export interface TimerScheduler {
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Timers drift and can fire late after suspend; re-check at least this often. */
const MAX_WAIT_MS = 60_000;

/**
 * Keeps one timer armed for "the next deadline" of a controller. Long waits are cut into short
 * ones so a clock jump (suspend, time-zone change) is noticed within a minute.
 */
export class DeadlineTimer {
  private handle: unknown = null;

  constructor(
    private readonly scheduler: TimerScheduler,
    private readonly now: () => number,
    private readonly nextDeadline: () => number | null,
    private readonly onDue: () => void,
  ) {}

  rearm(): void {
    this.cancel();
    const deadline = this.nextDeadline();
    if (deadline === null) return;
    const wait = Math.min(Math.max(0, deadline - this.now()), MAX_WAIT_MS);
    this.handle = this.scheduler.setTimeout(() => {
      this.handle = null;
      if (this.now() >= deadline) this.onDue();
      this.rearm();
    }, wait);
  }

  cancel(): void {
    if (this.handle !== null) this.scheduler.clearTimeout(this.handle);
    this.handle = null;
  }
}
