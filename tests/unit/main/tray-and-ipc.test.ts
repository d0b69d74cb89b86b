import { describe, expect, it } from 'vitest';
import { registerIpcHandlers, type IpcMainAdapter, type RawHandlers } from '../../../electron/main/ipc-bridge';
import { syncLoginItem } from '../../../electron/main/login-item';
import { createMainI18n } from '../../../electron/main/main-i18n';
import { TrayController, type RenderedMenuItem, type TrayAdapter } from '../../../electron/main/tray-controller';
import { initialAppState } from '../../../src/core/app/app-state';
import type { TrayAction } from '../../../src/core/app/tray-model';
import { INVOKE_CHANNELS } from '../../../src/platform/channels';
import { HostService } from '../../../src/platform/host-service';
import { ELECTRON_HOST_INFO, FakeClock, MemoryStore } from '../../support/fakes';

const NOW = Date.UTC(2026, 10, 23, 9);

class FakeTray implements TrayAdapter {
  images: string[] = [];
  tooltips: string[] = [];
  menus: RenderedMenuItem[][] = [];
  onAction: ((a: TrayAction) => void) | null = null;
  setImage(name: string) {
    this.images.push(name);
  }
  setToolTip(text: string) {
    this.tooltips.push(text);
  }
  setMenu(items: RenderedMenuItem[], onAction: (a: TrayAction) => void) {
    this.menus.push(items);
    this.onAction = onAction;
  }
}

describe('TrayController', () => {
  it('renders translated labels and follows the state, skipping identical renders', () => {
    const tray = new FakeTray();
    const clicked: TrayAction[] = [];
    const controller = new TrayController({
      adapter: tray,
      translate: (key, params) => `${key}${params && Object.keys(params).length ? JSON.stringify(params) : ''}`,
      formatTime: () => '10:00',
      now: () => NOW,
      onAction: (a) => clicked.push(a),
    });
    const state = initialAppState(NOW);
    const settings = { waterGoal: 8, showPosture: true };
    controller.render(state, settings);
    controller.render(state, settings);
    expect(tray.images).toEqual(['tray-camera-off']);
    const quiet = { reason: 'paused', resumesAt: NOW + 1000 } as const;
    controller.render({ ...state, pause: { until: NOW + 1000, duration: '15m', kind: 'pause' }, quiet }, settings);
    expect(tray.images).toEqual(['tray-camera-off', 'tray-paused']);
    expect(tray.tooltips.at(-1)).toBe('tray.tooltip.quiet.paused{"until":"10:00","detail":""}');
    const menu = tray.menus.at(-1)!;
    expect(menu[0]).toEqual({ type: 'normal', label: 'tray.open', action: 'open' });
    expect(menu.find((i) => i.type === 'normal' && i.action === 'resume')).toBeTruthy();
    tray.onAction!('resume');
    expect(clicked).toEqual(['resume']);
  });

  it('explains a failed pose engine in the tooltip in the UI language, the raw error after it', () => {
    const tray = new FakeTray();
    const words: Record<string, string> = {
      'tray.tooltip.error': 'Stand Tall — Etwas ist schiefgelaufen: {{detail}}',
      'poseReason.model-missing': 'Die Dateien des Posenmodells fehlen.',
    };
    const controller = new TrayController({
      adapter: tray,
      translate: (key, params) => (words[key] ?? key).replace('{{detail}}', String(params?.detail ?? '')),
      formatTime: () => '10:00',
      now: () => NOW,
      onAction: () => undefined,
    });
    const failed = {
      ...initialAppState(NOW).pose,
      status: 'failed',
      reason: 'model-missing',
      detail: '404 model.json',
    } as const;
    controller.render({ ...initialAppState(NOW), pose: failed }, { waterGoal: 8, showPosture: true });
    expect(tray.images.at(-1)).toBe('tray-error');
    expect(tray.tooltips.at(-1)).toBe(
      'Stand Tall — Etwas ist schiefgelaufen: Die Dateien des Posenmodells fehlen. (404 model.json)',
    );
  });
});

describe('TrayController with the app’s own strings', () => {
  it('says in either language why posture is not judged, with the uncalibrated icon and the wizard', async () => {
    const calibrated = {
      active: 'Laptop',
      profiles: [{ name: 'Laptop', baseline: {} as never, floors: {}, calibratedAt: NOW - 1 }],
    };
    const state = {
      ...initialAppState(NOW),
      camera: { status: 'on', reason: null, detail: null },
      calibration: calibrated,
      scene: { differsSince: null, darkerSince: null, unjudged: { because: 'otherView', since: NOW - 1 } },
    } as const;
    const tooltips: string[] = [];
    for (const language of ['en', 'de'] as const) {
      const i18n = await createMainI18n(language, []);
      const tray = new FakeTray();
      const controller = new TrayController({
        adapter: tray,
        translate: (key, params) => i18n.t(key, params ?? {}),
        formatTime: () => '10:00',
        now: () => NOW,
        onAction: () => undefined,
      });
      controller.render(state, { waterGoal: 8, showPosture: true });
      expect(tray.images).toEqual(['tray-uncalibrated']);
      expect(
        tray.menus
          .at(-1)!
          .map((i) => (i.type === 'normal' ? i.action : i.type))
          .slice(0, 2),
      ).toEqual(['open', 'calibrate']);
      tooltips.push(tray.tooltips.at(-1)!);
    }
    expect(tooltips).toEqual([
      'Stand Tall — Posture not judged: the camera’s picture changed shape. Calibrate again',
      'Stand Tall — Haltung nicht beurteilt: das Kamerabild hat seine Form geändert. Kalibriere neu',
    ]);
  });
});

describe('registerIpcHandlers', () => {
  function setup() {
    const registered = new Map<string, (url: string, args: unknown[]) => Promise<unknown>>();
    const ipc: IpcMainAdapter = { handle: (channel, handler) => registered.set(channel, handler) };
    const host = new HostService({
      clock: new FakeClock(NOW),
      settingsStore: new MemoryStore(),
      stateStore: new MemoryStore(),
      info: ELECTRON_HOST_INFO,
      emit: () => undefined,
    });
    const warnings: string[] = [];
    registerIpcHandlers(ipc, host.handlers as RawHandlers, (url) => url.startsWith('app://bundle/'), {
      warn: (m) => warnings.push(m),
    });
    return { registered, host, warnings };
  }

  it('registers exactly the contract channels', () => {
    const { registered } = setup();
    expect([...registered.keys()].sort()).toEqual(Object.values(INVOKE_CHANNELS).sort());
  });

  it('serves valid calls from app pages', async () => {
    const { registered, host } = setup();
    await registered.get('command:run')!('app://bundle/index.html', [{ type: 'log-water' }]);
    expect(host.app.state.water.glasses).toBe(1);
  });

  it('refuses calls from any other page, and changes nothing', async () => {
    const { registered, host, warnings } = setup();
    await expect(registered.get('command:run')!('https://evil.example/', [{ type: 'log-water' }])).rejects.toThrow(
      /not a Stand Tall page/,
    );
    expect(host.app.state.water.glasses).toBe(0);
    expect(warnings[0]).toMatch(/untrusted sender/);
  });

  it('fuzz: malformed, oversized and wrong-typed payloads on every channel are rejected cleanly', async () => {
    const { registered, host } = setup();
    const before = JSON.stringify([host.settings.settings, host.app.state]);
    const payloads: unknown[][] = [
      [null],
      [undefined, undefined],
      [{ type: 'pause', duration: '15m', extra: 'x'.repeat(1_000_000) }],
      [{ general: { language: ['en'] } }],
      [{ hydration: { dailyGoalGlasses: '8' } }],
      [12345],
      [{ type: 'report-camera', status: 'hacked', detail: null }],
      [new Array(10_000).fill({ type: 'resume' })],
      ['x'.repeat(5_000_000)],
      [{ constructor: { prototype: { polluted: true } } }],
    ];
    for (const [channel, handler] of registered) {
      for (const payload of payloads) {
        // Calls without arguments accept [], so every payload above is extra and must fail.
        await expect(
          handler('app://bundle/index.html', payload),
          `${channel} ${String(payload[0]).slice(0, 40)}`,
        ).rejects.toThrow();
      }
    }
    expect(JSON.stringify([host.settings.settings, host.app.state])).toBe(before);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('syncLoginItem', () => {
  it('writes only when the setting differs from the OS', () => {
    let value = false;
    const writes: boolean[] = [];
    const adapter = { get: () => value, set: (v: boolean) => (writes.push(v), (value = v)) };
    expect(syncLoginItem(adapter, false)).toBe(false);
    expect(syncLoginItem(adapter, true)).toBe(true);
    expect(syncLoginItem(adapter, true)).toBe(false);
    expect(writes).toEqual([true]);
  });
});
