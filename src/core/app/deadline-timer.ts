export interface TimerScheduler {
  setTimeout(callback: () => void, delayMs: number): unknown;
  clearTimeout(handle: unknown): void;
}

/** Timers drift and can fire late after suspend; re-check at least this often. */
const MAX_WAIT_MS = 60_000;

/**
 * Keeps one timer armed for "the next deadline" of a controller. Long waits are cut into short
 * ones so a clock jump (suspend, a clock set right) is noticed within a minute.
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
    const armedAt = this.now();
    const wait = Math.min(Math.max(0, deadline - armedAt), MAX_WAIT_MS);
    this.handle = this.scheduler.setTimeout(() => {
      this.handle = null;
      // A clock set back meanwhile leaves deadlines far ahead: the controller brings them within reach.
      if (this.now() >= deadline || this.now() < armedAt) this.onDue();
      this.rearm();
    }, wait);
  }

  cancel(): void {
    if (this.handle !== null) this.scheduler.clearTimeout(this.handle);
    this.handle = null;
  }
}
