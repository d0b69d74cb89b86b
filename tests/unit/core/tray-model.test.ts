import { describe, expect, it } from 'vitest';
import { initialAppState, type AppState } from '../../../src/core/app/app-state';
import { trayModel, type TrayAction, type TrayMenuItem } from '../../../src/core/app/tray-model';
import { performTrayAction } from '../../../electron/main/tray-actions';

const NOW = Date.UTC(2026, 10, 23, 9);
const fmt = (ms: number) => new Date(ms).toISOString();
const actions = (items: TrayMenuItem[]): TrayAction[] =>
  items.flatMap((i) => (i.kind === 'action' ? [i.action] : i.kind === 'submenu' ? actions(i.items) : []));

function state(patch: Partial<AppState>): AppState {
  return { ...initialAppState(NOW), ...patch };
}

describe('trayModel', () => {
  it.each([
    [state({ camera: { status: 'on', detail: null } }), 'monitoring'],
    [state({ camera: { status: 'off', detail: null } }), 'camera-off'],
    [state({ camera: { status: 'denied', detail: null } }), 'camera-off'],
    [state({ pause: { until: NOW + 1000, duration: '15m' } }), 'paused'],
    [state({ camera: { status: 'error', detail: 'boom' } }), 'error'],
  ] as const)('picks icon and tooltip for each status', (s, status) => {
    const model = trayModel(s, NOW, 8, fmt);
    expect(model.status).toBe(status);
    expect(model.icon).toBe(`tray-${status}`);
    expect(model.tooltipKey).toBe(`tray.tooltip.${status}`);
  });

  it('says until when a pause ends', () => {
    const model = trayModel(state({ pause: { until: NOW + 60_000, duration: '15m' } }), NOW, 8, fmt);
    expect(model.tooltipParams.until).toBe(fmt(NOW + 60_000));
  });

  it('offers pause choices while monitoring and resume while paused', () => {
    expect(actions(trayModel(state({}), NOW, 8, fmt).menu)).toEqual([
      'open',
      'pause-15m',
      'pause-1h',
      'pause-tomorrow',
      'log-water',
      'settings',
      'quit',
    ]);
    const paused = trayModel(state({ pause: { until: NOW + 1, duration: '1h' } }), NOW, 8, fmt);
    expect(actions(paused.menu)).toContain('resume');
    expect(actions(paused.menu)).not.toContain('pause-15m');
  });

  it('shows water progress in the menu label', () => {
    const model = trayModel(state({ water: { day: '2026-11-23', glasses: 3 } }), NOW, 8, fmt);
    const water = model.menu.find((i) => i.kind === 'action' && i.action === 'log-water');
    expect(water).toMatchObject({ labelParams: { count: 3, goal: 8 } });
  });
});

describe('performTrayAction', () => {
  it('gives every tray entry a real effect (no dead items)', () => {
    const all: TrayAction[] = [
      'open',
      'pause-15m',
      'pause-1h',
      'pause-tomorrow',
      'resume',
      'log-water',
      'settings',
      'quit',
    ];
    for (const action of all) {
      const effects: string[] = [];
      performTrayAction(action, {
        app: { dispatch: (c) => (effects.push(`dispatch:${JSON.stringify(c)}`), initialAppState(NOW)) },
        openDashboard: (route) => effects.push(`open:${route}`),
        quit: () => effects.push('quit'),
      });
      expect(effects, action).toHaveLength(1);
    }
  });

  it('opens the settings screen from "Settings…"', () => {
    const opened: (string | undefined)[] = [];
    performTrayAction('settings', {
      app: { dispatch: () => initialAppState(NOW) },
      openDashboard: (r) => opened.push(r),
      quit: () => {},
    });
    expect(opened).toEqual(['/settings']);
  });
});
