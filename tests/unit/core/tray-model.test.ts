import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { initialAppState, type AppState, type CalibrationProfile } from '../../../src/core/app/app-state';
import { DISPLAY_STATUSES } from '../../../src/core/app/display-status';
import { trayIcon, trayModel, type TrayAction, type TrayMenuItem } from '../../../src/core/app/tray-model';
import { NEVER } from '../../../src/core/clock';
import { performTrayAction } from '../../../electron/main/tray-actions';
import en from '../../../src/platform/i18n/en.json';

const NOW = Date.UTC(2026, 10, 23, 9);
const fmt = (ms: number) => new Date(ms).toISOString();
const actions = (items: TrayMenuItem[]): TrayAction[] =>
  items.flatMap((i) => (i.kind === 'action' ? [i.action] : i.kind === 'submenu' ? actions(i.items) : []));
const settings = { waterGoal: 8, showPosture: true };
const on = { status: 'on', reason: null, detail: null } as const;
/** The tray never reads a baseline: only whether a calibration is active. */
const calibrated: AppState['calibration'] = {
  active: 'Laptop',
  profiles: [{ name: 'Laptop', baseline: {} as CalibrationProfile['baseline'], floors: {}, calibratedAt: NOW - 1 }],
};

function state(patch: Partial<AppState>): AppState {
  return { ...initialAppState(NOW), calibration: calibrated, ...patch };
}
function posture(kind: AppState['posture']['kind']): AppState {
  return state({ camera: on, posture: { kind, since: NOW, score: 0, signals: [] } });
}
/** Posture unknown because frames are not judged against the calibration (`because`). */
const unjudged = (because: 'headHigher' | 'otherView'): AppState => ({
  ...posture('unknown'),
  scene: { differsSince: null, darkerSince: null, unjudged: { because, since: NOW - 1 } },
});
const paused = (until: number, kind: 'pause' | 'snooze' = 'pause'): AppState =>
  state({
    camera: on,
    pause: { until, duration: '15m', kind },
    quiet: { reason: kind === 'pause' ? 'paused' : 'snoozed', resumesAt: until >= NEVER ? null : until },
  });

function lookup(key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], en);
}

describe('trayModel', () => {
  it.each([
    [posture('good'), 'good'],
    [posture('slipping'), 'slipping'],
    [posture('slouching'), 'slouching'],
    [posture('away'), 'away'],
    [posture('unknown'), 'watching'],
    [state({ camera: on, calibration: { active: null, profiles: [] } }), 'uncalibrated'],
    [unjudged('otherView'), 'unjudged'],
    [state({ camera: { status: 'off', reason: null, detail: null } }), 'camera-off'],
    [state({ camera: { status: 'denied', reason: null, detail: null } }), 'camera-off'],
    [state({ camera: { status: 'too-dark', reason: null, detail: null } }), 'too-dark'],
    [state({ camera: on, calibratingUntil: NOW + 5000 }), 'calibrating'],
    [paused(NOW + 1000), 'paused'],
    [state({ camera: { status: 'error', reason: null, detail: 'boom' } }), 'error'],
  ] as const)('gives each status its own icon and a tooltip', (s, status) => {
    const model = trayModel(s, NOW, settings, fmt);
    expect(model.status).toBe(status);
    expect(model.icon).toBe(status === 'unjudged' ? 'tray-uncalibrated' : `tray-${status}`);
    expect(typeof lookup(model.tooltipKey), model.tooltipKey).toBe('string');
  });

  it('says posture is not judged until calibrated, and offers the wizard', () => {
    const named = state({ camera: on, calibration: { active: 'Gone', profiles: [] } });
    const model = trayModel(named, NOW, { ...settings, showPosture: false }, fmt);
    expect(model.tooltipKey).toBe('tray.tooltip.uncalibrated');
    expect(actions(model.menu).slice(0, 2)).toEqual(['open', 'calibrate']);
    expect(actions(trayModel(posture('good'), NOW, settings, fmt).menu)).not.toContain('calibrate');
    // The camera's trouble comes first: calibrating needs it.
    const off = state({ camera: { status: 'denied', reason: null, detail: null }, calibration: named.calibration });
    expect(trayModel(off, NOW, settings, fmt).status).toBe('camera-off');
  });

  it('says why posture is not judged against the calibration, and offers the wizard', () => {
    for (const because of ['headHigher', 'otherView'] as const) {
      const model = trayModel(unjudged(because), NOW, { ...settings, showPosture: false }, fmt);
      expect(model.tooltipKey).toBe('tray.tooltip.unjudged');
      expect(model.tooltipDetailKey).toBe(`status.unjudgedBecause.${because}`);
      expect(typeof lookup(model.tooltipDetailKey!), because).toBe('string');
      expect(actions(model.menu).slice(0, 2)).toEqual(['open', 'calibrate']);
    }
    // Judged again (the state no longer unknown): the posture shows as usual.
    const judged = { ...unjudged('headHigher'), posture: posture('good').posture };
    expect(trayModel(judged, NOW, settings, fmt).status).toBe('good');
  });

  it('has an icon on disk for every status, in every panel variant and at both scales', () => {
    const icons = join(import.meta.dirname, '../../../resources/icons');
    for (const status of DISPLAY_STATUSES) {
      for (const variant of ['light', 'dark', 'Template']) {
        for (const scale of ['', '@2x']) {
          const file = join(icons, `${trayIcon(status)}-${variant}${scale}.png`);
          expect(existsSync(file) && statSync(file).size > 0, file).toBe(true);
        }
      }
    }
  });

  it('keeps posture out of the tray when that alert step is off', () => {
    expect(trayModel(posture('slouching'), NOW, { ...settings, showPosture: false }, fmt).status).toBe('watching');
  });

  it('says whether a pause resumes by itself, and when', () => {
    const scheduled = trayModel(paused(NOW + 60_000), NOW, settings, fmt);
    expect(scheduled.tooltipKey).toBe('tray.tooltip.quiet.paused');
    expect(scheduled.tooltipParams.until).toBe(fmt(NOW + 60_000));
    expect(trayModel(paused(NEVER), NOW, settings, fmt).tooltipKey).toBe('tray.tooltip.quiet.paused-manual');
    expect(trayModel(paused(NOW + 60_000, 'snooze'), NOW, settings, fmt).tooltipKey).toBe('tray.tooltip.quiet.snoozed');
    const locked = state({ camera: on, quiet: { reason: 'locked', resumesAt: null } });
    expect(trayModel(locked, NOW, settings, fmt).tooltipKey).toBe('tray.tooltip.quiet.locked');
  });

  it('has a translated tooltip for every status and quiet reason', () => {
    for (const status of DISPLAY_STATUSES.filter((s) => s !== 'paused')) {
      expect(typeof lookup(`tray.tooltip.${status}`), status).toBe('string');
    }
    for (const reason of [
      'suspended',
      'locked',
      'paused',
      'paused-manual',
      'snoozed',
      'off-hours',
      'on-battery',
      'fullscreen',
    ]) {
      expect(typeof lookup(`tray.tooltip.quiet.${reason}`), reason).toBe('string');
    }
  });

  it('offers pause choices while monitoring and resume while paused', () => {
    expect(actions(trayModel(state({}), NOW, settings, fmt).menu)).toEqual([
      'open',
      'routine:deskReset',
      'routine:postureReset',
      'routine:pilatesBreak',
      'routine:movementBreak',
      'routine:coreAndBack',
      'pause-15m',
      'pause-1h',
      'pause-tomorrow',
      'pause-until-resumed',
      'log-water',
      'settings',
      'quit',
    ]);
    const model = trayModel(paused(NOW + 1), NOW, settings, fmt);
    expect(actions(model.menu)).toContain('resume');
    expect(actions(model.menu)).not.toContain('pause-15m');
  });

  it('shows water progress in the menu label', () => {
    const model = trayModel(state({ water: { day: '2026-11-23', glasses: 3 } }), NOW, settings, fmt);
    const water = model.menu.find((i) => i.kind === 'action' && i.action === 'log-water');
    expect(water).toMatchObject({ labelParams: { count: 3, goal: 8 } });
  });
});

describe('performTrayAction', () => {
  it('gives every tray entry a real effect (no dead items)', () => {
    const all: TrayAction[] = [
      'open',
      'calibrate',
      'pause-15m',
      'pause-1h',
      'pause-tomorrow',
      'pause-until-resumed',
      'resume',
      'log-water',
      'settings',
      'quit',
      'routine:coreAndBack',
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

  it.each([
    ['settings', '/settings'],
    ['calibrate', '/calibrate'],
  ] as const)('opens the screen of "%s"', (action, route) => {
    const opened: (string | undefined)[] = [];
    performTrayAction(action, {
      app: { dispatch: () => initialAppState(NOW) },
      openDashboard: (r) => opened.push(r),
      quit: () => {},
    });
    expect(opened).toEqual([route]);
  });

  it('"Take a break now" › "Core & back" opens the player on that routine', () => {
    const opened: (string | undefined)[] = [];
    performTrayAction('routine:coreAndBack', {
      app: { dispatch: () => initialAppState(NOW) },
      openDashboard: (r) => opened.push(r),
      quit: () => {},
    });
    expect(opened).toEqual(['/player/coreAndBack']);
  });
});
