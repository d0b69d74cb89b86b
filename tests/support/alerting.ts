/** An app controller for tests of the services that carry reminders out of the core. */
import { AppController } from '../../src/core/app/app-controller';
import type { AppState } from '../../src/core/app/app-state';
import { DEFAULT_ALERTS, DEFAULT_QUIET, DEFAULT_SETTINGS, type Settings } from '../../src/core/settings/schema';
import { FakeClock, MemoryStore } from './fakes';

export const NOW = new Date(2026, 10, 23, 9, 0).getTime();

export function controller(clock = new FakeClock(NOW), rules?: Settings) {
  const app = new AppController(
    clock,
    new MemoryStore<AppState>(),
    rules ?? {
      ...DEFAULT_SETTINGS,
      alerts: { ...DEFAULT_ALERTS, screenGlow: true },
      quiet: DEFAULT_QUIET,
      breaks: { ...DEFAULT_SETTINGS.breaks, microEnabled: false, movementEnabled: false },
      hydration: DEFAULT_SETTINGS.hydration,
    },
  );
  return { app, clock };
}

export const slouch = (app: AppController, at: number) =>
  app.dispatch({
    type: 'report-posture',
    state: { kind: 'slouching', since: at, score: 1.5, signals: ['forwardHead'] },
  });
export const sitUp = (app: AppController, at: number) =>
  app.dispatch({ type: 'report-posture', state: { kind: 'good', since: at, score: 0.2, signals: [] } });
