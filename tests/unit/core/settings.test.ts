import { describe, expect, it } from 'vitest';
import { loadSettings, type SettingsMigrations } from '../../../src/core/settings/migrations';
import { applySettingsPatch, DEFAULT_SETTINGS } from '../../../src/core/settings/schema';
import { SettingsService } from '../../../src/core/settings/settings-service';

const valid = {
  version: 5,
  general: { openAtLogin: true, language: 'de', theme: 'dark' },
  monitoring: { cameraDeviceId: 'cam-1' },
  hydration: { ...DEFAULT_SETTINGS.hydration, dailyGoalGlasses: 10 },
  posture: { graceSeconds: 30, sensitivityHeadDrop: 1.5, sensitivityForwardHead: 1, sensitivityShoulderTilt: 0.5 },
  alerts: { trayIcon: true, notification: false, screenGlow: true, cooldownMinutes: 10, escalateAfterMinutes: 0 },
  quiet: {
    ...DEFAULT_SETTINGS.quiet,
    workingHoursEnabled: true,
    pauseOnBattery: true,
    pauseShortcut: '',
  },
  breaks: { ...DEFAULT_SETTINGS.breaks, strict: true, microIntervalMinutes: 30 },
  history: { retentionDays: 90, weeklySummary: false },
};

describe('loadSettings', () => {
  it('gives defaults, without a recovery, when nothing was stored', () => {
    expect(loadSettings(undefined)).toEqual({ settings: DEFAULT_SETTINGS, recovered: false, problems: [] });
  });

  it('keeps valid settings exactly', () => {
    const loaded = loadSettings(structuredClone(valid));
    expect(loaded.recovered).toBe(false);
    expect(loaded.settings).toEqual(valid);
  });

  it('resets only the invalid field of a hand-edited file and says which', () => {
    const edited = structuredClone(valid) as unknown as {
      hydration: Record<string, unknown>;
      general: Record<string, unknown>;
    };
    edited.hydration.dailyGoalGlasses = 'lots';
    edited.general.language = 'klingon';
    const loaded = loadSettings(edited);
    expect(loaded.recovered).toBe(true);
    expect(loaded.settings.hydration.dailyGoalGlasses).toBe(8);
    expect(loaded.settings.general.language).toBe('system');
    expect(loaded.settings.general.theme).toBe('dark');
    expect(loaded.settings.monitoring.cameraDeviceId).toBe('cam-1');
    expect(loaded.problems.join('\n')).toMatch(/hydration\.dailyGoalGlasses/);
    expect(loaded.problems.join('\n')).toMatch(/general\.language/);
  });

  it('drops unknown sections and fields, keeping the rest', () => {
    const loaded = loadSettings({ ...valid, extra: 1, general: { ...valid.general, colour: 'red' } });
    expect(loaded.recovered).toBe(true);
    expect(loaded.settings.general).toEqual(valid.general);
    expect(loaded.problems.join('\n')).toMatch(/"extra" is not a settings section/);
    expect(loaded.problems.join('\n')).toMatch(/general\.colour/);
  });

  it.each([[42], ['text'], [[1, 2]], [true]])('falls back to defaults for a non-object (%j)', (raw) => {
    const loaded = loadSettings(raw);
    expect(loaded.recovered).toBe(true);
    expect(loaded.settings).toEqual(DEFAULT_SETTINGS);
  });

  it('reads settings from a newer app version without crashing', () => {
    const loaded = loadSettings({ ...valid, version: 7 });
    expect(loaded.recovered).toBe(true);
    expect(loaded.settings.general.language).toBe('de');
  });

  it('treats a missing version as the current one but flags it', () => {
    const { version: _v, ...unversioned } = valid;
    const loaded = loadSettings(unversioned);
    expect(loaded.recovered).toBe(true);
    expect(loaded.settings.hydration.dailyGoalGlasses).toBe(10);
  });

  it('runs every migration in order from the stored version to the current one', () => {
    const migrations: SettingsMigrations = {
      1: (v1) => ({ ...v1, version: 2, renamed: (v1 as { old: number }).old }),
      2: (v2) => ({ ...v2, version: 3, doubled: (v2 as { renamed: number }).renamed * 2 }),
    };
    const steps: string[] = [];
    const tracked: SettingsMigrations = Object.fromEntries(
      Object.entries(migrations).map(([k, f]) => [k, (o: Record<string, unknown>) => (steps.push(k), f(o))]),
    );
    // Use the current schema's shape at the end so the result validates, proving the chain ran.
    const result = loadSettings({ ...valid, version: 1, old: 21 }, tracked, 3);
    expect(steps).toEqual(['1', '2']);
    expect(result.problems.join('\n')).toMatch(/"renamed" is not a settings section/);
    expect(result.problems.join('\n')).toMatch(/"doubled" is not a settings section/);
  });

  it('migrates a real version-1 file to the current version quietly, keeping every choice', () => {
    const { posture: _p, alerts: _a, quiet: _q, breaks: _b, history: _h, ...rest } = valid;
    const loaded = loadSettings({ ...rest, version: 1, hydration: { dailyGoalGlasses: 10 } });
    expect(loaded.recovered).toBe(false);
    expect(loaded.settings.version).toBe(5);
    expect(loaded.settings.hydration.dailyGoalGlasses).toBe(10);
    expect(loaded.settings.general).toEqual(valid.general);
    expect(loaded.settings.posture.graceSeconds).toBe(20);
    expect(loaded.settings.alerts).toEqual(DEFAULT_SETTINGS.alerts);
  });

  it('migrates a version-2 file to version 3, adding reminders and quiet times', () => {
    const { alerts: _a, quiet: _q, breaks: _b, history: _h, ...rest } = valid;
    const loaded = loadSettings({ ...rest, version: 2, hydration: { dailyGoalGlasses: 10 } });
    expect(loaded.recovered).toBe(false);
    expect(loaded.settings.posture).toEqual(valid.posture);
    expect(loaded.settings.quiet).toEqual(DEFAULT_SETTINGS.quiet);
    expect(loaded.settings.quiet.workingHours).not.toBe(DEFAULT_SETTINGS.quiet.workingHours);
    expect(loaded.settings.breaks).toEqual(DEFAULT_SETTINGS.breaks);
  });

  it('keeps a working day that ends the next morning (a night shift)', () => {
    const edited = structuredClone(valid);
    edited.quiet.workingHours[1] = { enabled: true, start: 22 * 60, end: 6 * 60 };
    const loaded = loadSettings(edited);
    expect(loaded.recovered).toBe(false);
    expect(loaded.settings.quiet.workingHours[1]).toEqual({ enabled: true, start: 22 * 60, end: 6 * 60 });
  });

  it('refuses a working day that ends when it starts, keeping the other quiet settings', () => {
    const edited = structuredClone(valid);
    edited.quiet.workingHours[1] = { enabled: true, start: 9 * 60, end: 9 * 60 };
    const loaded = loadSettings(edited);
    expect(loaded.recovered).toBe(true);
    expect(loaded.settings.quiet.workingHours).toEqual(DEFAULT_SETTINGS.quiet.workingHours);
    expect(loaded.settings.quiet.pauseOnBattery).toBe(true);
  });

  it('reports a gap in the migration chain instead of crashing', () => {
    const result = loadSettings({ ...valid, version: 2 }, {}, 3);
    expect(result.problems).toContain('no migration from settings version 2');
    expect(result.settings.general.language).toBe('de');
  });
});

describe('applySettingsPatch', () => {
  it('merges a partial patch per section', () => {
    const next = applySettingsPatch(DEFAULT_SETTINGS, { hydration: { dailyGoalGlasses: 12 } });
    expect(next.hydration.dailyGoalGlasses).toBe(12);
    expect(next.general).toEqual(DEFAULT_SETTINGS.general);
  });

  it('rejects out-of-range values', () => {
    expect(() => applySettingsPatch(DEFAULT_SETTINGS, { hydration: { dailyGoalGlasses: 0 } })).toThrow();
  });
});

describe('SettingsService', () => {
  it('saves updates, notifies subscribers, and writes repaired settings back once', () => {
    const saved: unknown[] = [];
    const service = new SettingsService({
      load: () => ({ version: 1, general: 'broken' }),
      save: (s) => saved.push(s),
    });
    expect(service.loaded.recovered).toBe(true);
    expect(saved).toHaveLength(1);
    const seen: number[] = [];
    service.subscribe((s) => seen.push(s.hydration.dailyGoalGlasses));
    service.update({ hydration: { dailyGoalGlasses: 5 } });
    expect(seen).toEqual([5]);
    expect(saved).toHaveLength(2);
  });

  it('keeps the old settings when the disk refuses the write (e.g. disk full)', () => {
    const service = new SettingsService({
      load: () => undefined,
      save: () => {
        throw new Error('ENOSPC: no space left on device');
      },
    });
    expect(() => service.update({ hydration: { dailyGoalGlasses: 5 } })).toThrow(/ENOSPC/);
    expect(service.settings.hydration.dailyGoalGlasses).toBe(8);
  });
});
