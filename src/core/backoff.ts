/** Exponential back-off for restarts (worker, camera): 1 s, 2 s, 4 s … capped, reset on success. */
export class Backoff {
  private failures = 0;

  constructor(
    private readonly baseMs = 1000,
    private readonly maxMs = 60_000,
  ) {}

  /** Records a failure and returns how long to wait before the next attempt. */
  nextDelayMs(): number {
    const delay = Math.min(this.maxMs, this.baseMs * 2 ** this.failures);
    this.failures += 1;
    return delay;
  }

  get attempts(): number {
    return this.failures;
  }

  reset(): void {
    this.failures = 0;
  }
}
