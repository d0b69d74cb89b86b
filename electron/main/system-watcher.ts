import type { SystemState } from '../../src/core/alerts/quiet-rules';
import type { AppController } from '../../src/core/app/app-controller';

export type PowerEvent = 'lock-screen' | 'unlock-screen' | 'suspend' | 'resume' | 'on-battery' | 'on-ac';

/** The slice of Electron's powerMonitor the watcher uses (faked in unit tests). */
export interface PowerMonitorAdapter {
  on(event: PowerEvent, listener: () => void): void;
  isOnBatteryPower(): boolean;
  /** Seconds without keyboard or mouse input. */
  getSystemIdleTime(): number;
}

/** How often idle time is read; short enough to catch a 20-second micro-break. */
export const IDLE_POLL_MS = 15_000;
/** Idle shorter than this is just reading; only longer spells are reported. */
const IDLE_REPORT_MS = 20_000;

const FACTS: Record<PowerEvent, Partial<SystemState>> = {
  'lock-screen': { locked: true },
  'unlock-screen': { locked: false },
  suspend: { suspended: true },
  // Waking also ends a lock the system may not report separately; a later lock event wins.
  resume: { suspended: false },
  'on-battery': { onBattery: true },
  'on-ac': { onBattery: false },
};

/**
 * Turns the operating system's lock, sleep and power events into facts for the quiet rules.
 * After a wake the controller re-derives everything with the clock's new time (a pause that ran
 * out during sleep is gone, working hours are re-checked).
 */
export function watchSystem(power: PowerMonitorAdapter, app: Pick<AppController, 'dispatch'>): void {
  for (const event of Object.keys(FACTS) as PowerEvent[]) {
    power.on(event, () => app.dispatch({ type: 'report-system', system: FACTS[event] }));
  }
  app.dispatch({ type: 'report-system', system: { onBattery: power.isOnBatteryPower() } });
}

/**
 * Natural breaks: reads the system idle time and reports spells long enough to count, and their
 * end, so the break rhythm restarts after a real pause away from the keyboard.
 */
export function watchIdle(
  power: Pick<PowerMonitorAdapter, 'getSystemIdleTime'>,
  app: Pick<AppController, 'dispatch' | 'state'>,
  scheduler: { setInterval(callback: () => void, ms: number): unknown },
): void {
  scheduler.setInterval(() => {
    const idleMs = power.getSystemIdleTime() * 1000;
    const reported = app.state.system.idleMs;
    if (idleMs >= IDLE_REPORT_MS || (reported > 0 && idleMs < IDLE_REPORT_MS)) {
      app.dispatch({ type: 'report-system', system: { idleMs: idleMs >= IDLE_REPORT_MS ? idleMs : 0 } });
    }
  }, IDLE_POLL_MS);
}
