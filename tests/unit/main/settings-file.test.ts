import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readJsonFileOrBackUp, writeJsonFileAtomic } from '../../../electron/main/json-files';
import { prepareSettingsFile, type SettingsBackend } from '../../../electron/main/settings-file';
import type { Settings } from '../../../src/core/settings/schema';
import { HostService } from '../../../src/platform/host-service';
import { ELECTRON_HOST_INFO, FakeClock, MemoryStore } from '../../support/fakes';

let dir: string;
const NOW = new Date('2026-11-23T09:00:00Z');

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stand-tall-settings-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A file backend shaped like electron-store's ({ "settings": {...} } in settings.json). */
function fileBackend(): SettingsBackend {
  const file = path.join(dir, 'settings.json');
  return { path: file, write: (s) => writeJsonFileAtomic(file, { settings: s }) };
}

function startHost(backend: SettingsBackend) {
  const prepared = prepareSettingsFile(backend, NOW);
  return new HostService({
    clock: new FakeClock(NOW.getTime()),
    settingsStore: prepared.store,
    stateStore: new MemoryStore(),
    info: ELECTRON_HOST_INFO,
    emit: () => undefined,
    settingsRecoveryDetail: prepared.recoveryDetail,
  });
}

const backups = () => fs.readdirSync(dir).filter((f) => f.includes('.corrupt-'));

describe('settings file on disk', () => {
  it('starts from defaults with no file, and persists a change that survives a restart', async () => {
    const backend = fileBackend();
    const first = startHost(backend);
    expect(await first.handlers.getNotices([])).toEqual([]);
    await first.handlers.updateSettings([{ hydration: { dailyGoalGlasses: 11 } }]);
    const second = startHost(backend);
    expect(second.settings.settings.hydration.dailyGoalGlasses).toBe(11);
  });

  it('moves a corrupt (truncated) file to a backup, uses defaults and tells the person once', async () => {
    const backend = fileBackend();
    const broken = '{"settings": {"version": 1, "general": {"openAtLo';
    fs.writeFileSync(backend.path, broken);
    const host = startHost(backend);
    expect(host.settings.settings.hydration.dailyGoalGlasses).toBe(8);
    const notices = await host.handlers.getNotices([]);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.detail).toMatch(/not valid JSON/);
    expect(backups()).toHaveLength(1);
    expect(fs.readFileSync(path.join(dir, backups()[0]!), 'utf8')).toBe(broken);
    // The repaired file is valid now: the next start is quiet.
    const again = startHost(backend);
    expect(await again.handlers.getNotices([])).toEqual([]);
    expect(backups()).toHaveLength(1);
  });

  it('keeps a copy of a hand-edited file and repairs only the bad field', async () => {
    const backend = fileBackend();
    const edited = {
      settings: {
        version: 1,
        general: { openAtLogin: false, language: 'de', theme: 'purple' },
        monitoring: { cameraDeviceId: null },
        hydration: { dailyGoalGlasses: 6 },
      },
    };
    fs.writeFileSync(backend.path, JSON.stringify(edited));
    const host = startHost(backend);
    expect(host.settings.settings.general).toEqual({ openAtLogin: false, language: 'de', theme: 'system' });
    expect(host.settings.settings.hydration.dailyGoalGlasses).toBe(6);
    expect(backups()).toHaveLength(1);
    expect(JSON.parse(fs.readFileSync(path.join(dir, backups()[0]!), 'utf8'))).toEqual(edited);
    const notices = await host.handlers.getNotices([]);
    expect(notices[0]!.detail).toMatch(/general\.theme/);
    const onDisk = JSON.parse(fs.readFileSync(backend.path, 'utf8')) as { settings: Settings };
    expect(onDisk.settings.general.theme).toBe('system');
  });

  it('treats valid JSON that is not an object as damaged', async () => {
    const backend = fileBackend();
    fs.writeFileSync(backend.path, '42');
    const host = startHost(backend);
    expect((await host.handlers.getNotices([]))[0]!.kind).toBe('settings-recovered');
    expect(backups()).toHaveLength(1);
  });

  it('keeps the old settings and reports the error when the disk is read-only', async () => {
    const backend = fileBackend();
    const host = startHost({
      path: backend.path,
      write: () => {
        throw Object.assign(new Error('EROFS: read-only file system'), { code: 'EROFS' });
      },
    });
    await expect(host.handlers.updateSettings([{ general: { theme: 'dark' } }])).rejects.toThrow(/EROFS/);
    expect(host.settings.settings.general.theme).toBe('system');
  });
});

describe('writeJsonFileAtomic', () => {
  it('replaces the file whole and leaves no temp file behind', () => {
    const file = path.join(dir, 'state.json');
    writeJsonFileAtomic(file, { a: 1 });
    writeJsonFileAtomic(file, { a: 2 });
    expect(readJsonFileOrBackUp(file, NOW).value).toEqual({ a: 2 });
    expect(fs.readdirSync(dir)).toEqual(['state.json']);
  });

  it('fails loudly and keeps the old file when the directory is not writable', () => {
    const file = path.join(dir, 'state.json');
    writeJsonFileAtomic(file, { a: 1 });
    const blocked = path.join(dir, 'blocked');
    fs.writeFileSync(blocked, 'a file where a folder should be');
    expect(() => writeJsonFileAtomic(path.join(blocked, 'x.json'), { a: 2 })).toThrow();
    expect(readJsonFileOrBackUp(file, NOW).value).toEqual({ a: 1 });
  });
});
