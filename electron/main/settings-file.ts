import { loadSettings } from '../../src/core/settings/migrations';
import type { Settings } from '../../src/core/settings/schema';
import type { SettingsStore } from '../../src/core/settings/settings-service';
import { copyToBackup, readJsonFileOrBackUp, readProblem } from './json-files';

/** The persistence underneath (electron-store in the app, a plain file in tests). */
export interface SettingsBackend {
  readonly path: string;
  write(settings: Settings): void;
}

export interface PreparedSettings {
  store: SettingsStore;
  /** A sentence for the one-time notice when the file had to be repaired; null when it was fine. */
  recoveryDetail: string | null;
}

/**
 * Reads the settings file before the store opens it, so a corrupt or hand-edited file never
 * crashes the app: unparseable files are moved to a backup, invalid fields are repaired (the
 * original copied to a backup first), and the caller is told once.
 */
export function prepareSettingsFile(backend: SettingsBackend, now: Date, key = 'settings'): PreparedSettings {
  const read = readJsonFileOrBackUp(backend.path, now);
  const isObject = typeof read.value === 'object' && read.value !== null && !Array.isArray(read.value);
  // A file that is valid JSON but not an object is kept as the value, so it counts as damaged.
  const stored = isObject ? (read.value as Record<string, unknown>)[key] : read.value;
  let recoveryDetail = readProblem(read);
  if (!recoveryDetail && read.value !== undefined && loadSettings(stored).recovered) {
    const backup = copyToBackup(backend.path, now);
    recoveryDetail = backup ? `the old file was kept as ${backup}` : null;
  }
  return {
    store: { load: () => stored, save: (settings) => backend.write(settings) },
    recoveryDetail,
  };
}
