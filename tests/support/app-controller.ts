/** An AppController on a fake clock and store, as the unit tests of the controller set it up. */
import { AppController } from '../../src/core/app/app-controller';
import type { AppState } from '../../src/core/app/app-state';
import { FakeClock, MemoryStore, ONLY_PAUSES } from './fakes';

/** Monday 23 November 2026, 09:00 (tests run in Europe/Berlin: vitest.config.ts). */
export const MON_0900 = new Date(2026, 10, 23, 9, 0).getTime();

export function controllerOnFakeTime(time = MON_0900, stored?: unknown) {
  const clock = new FakeClock(time);
  const store = new MemoryStore<AppState>(stored);
  const app = new AppController(clock, store, ONLY_PAUSES);
  return { clock, store, app };
}
