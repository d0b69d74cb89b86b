/** Fakes for time only; everything else in the unit tests is the real code. */
import type { Clock } from '../../src/core/clock';
import { AppController } from '../../src/core/app/app-controller';
import type { AppState } from '../../src/core/app/app-state';
import { DeadlineTimer, type TimerScheduler } from '../../src/core/app/deadline-timer';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings/schema';
import type { HostInfo } from '../../src/platform/contract';
import { HostService } from '../../src/platform/host-service';

export class FakeClock implements Clock {
  constructor(public time: number) {}
  now(): number {
    return this.time;
  }
  advance(ms: number): void {
    this.time += ms;
  }
}

/** A scheduler whose timers fire only when the test moves the fake clock. */
export class FakeScheduler implements TimerScheduler {
  private timers = new Map<number, { at: number; callback: () => void }>();
  private nextId = 1;
  constructor(private readonly clock: FakeClock) {}

  setTimeout(callback: () => void, delayMs: number): unknown {
    const id = this.nextId++;
    this.timers.set(id, { at: this.clock.now() + delayMs, callback });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  get pending(): number {
    return this.timers.size;
  }

  /**
   * The wall clock set to another time (an NTP correction, a clock set by hand). The timers keep
   * their remaining waits, as a real event loop's do: they run on the monotonic clock.
   */
  setClockTo(time: number): void {
    const shift = time - this.clock.time;
    for (const timer of this.timers.values()) timer.at += shift;
    this.clock.time = time;
  }

  /** Moves time forward, firing timers in order as their time comes (like a real event loop). */
  advanceTo(target: number): void {
    for (;;) {
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= target).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.clock.time = Math.max(this.clock.time, due[1].at);
      due[1].callback();
    }
    this.clock.time = target;
  }
}

export class MemoryStore<T> {
  saved: T[] = [];
  constructor(public stored: unknown = undefined) {}
  load(): unknown {
    return this.stored;
  }
  save(value: T): void {
    this.saved.push(value);
    this.stored = structuredClone(value);
  }
}

/** Default rules with breaks, water reminders and nudges off, for tests about something else. */
export const ONLY_PAUSES: Settings = {
  ...DEFAULT_SETTINGS,
  breaks: { ...DEFAULT_SETTINGS.breaks, microEnabled: false, movementEnabled: false, nudges: false },
  hydration: { ...DEFAULT_SETTINGS.hydration, reminders: false },
};

/** Monday 23 November 2026, 09:00 (tests run in Europe/Berlin: vitest.config.ts). */
export const MON_0900 = new Date(2026, 10, 23, 9, 0).getTime();

/** The app controller alone on a fake clock, from a stored state (none: a first start), pauses only. */
export function controllerAt(time = MON_0900, stored?: unknown) {
  const clock = new FakeClock(time);
  const store = new MemoryStore<AppState>(stored);
  const app = new AppController(clock, store, ONLY_PAUSES);
  return { clock, store, app };
}

/** The app controller as a host runs it — with its deadline timer — on a fake clock. */
export function controllerOnFakeTime(rules: Settings, start: number) {
  const clock = new FakeClock(start);
  const scheduler = new FakeScheduler(clock);
  const app = new AppController(clock, new MemoryStore<AppState>(), rules);
  const timer = new DeadlineTimer(
    scheduler,
    () => clock.now(),
    () => app.nextDeadline(),
    () => app.tick(),
  );
  app.subscribe(() => timer.rearm());
  timer.rearm();
  return { clock, scheduler, app };
}

/** What the Electron host says about itself (for tests of services that take host info). */
export const ELECTRON_HOST_INFO: HostInfo = {
  kind: 'electron',
  version: '1',
  features: { openAtLogin: true, tray: true, globalShortcut: true, lockDetection: true, fullscreenDetection: false },
};

/** The host service on a fake clock (23 November 2026, 10:00) with settings and state in memory. */
export function hostOnFakeTime() {
  const clock = new FakeClock(new Date(2026, 10, 23, 10).getTime());
  const service = new HostService({
    clock,
    settingsStore: new MemoryStore<Settings>(),
    stateStore: new MemoryStore<AppState>(),
    info: ELECTRON_HOST_INFO,
    emit: () => undefined,
  });
  return { service, clock };
}
