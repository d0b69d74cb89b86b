import { applySettingsPatch, type Settings, type SettingsPatch } from './schema';
import { loadSettings, type LoadedSettings } from './migrations';

/** Where a host keeps settings (electron-store in Electron, localStorage on the web). */
export interface SettingsStore {
  load(): unknown;
  save(settings: Settings): void;
}

type Listener = (settings: Settings) => void;

export class SettingsService {
  private current: Settings;
  private readonly listeners = new Set<Listener>();
  /** How the stored settings were read at start-up (hosts report recoveries once). */
  readonly loaded: LoadedSettings;

  constructor(private readonly store: SettingsStore) {
    this.loaded = loadSettings(store.load());
    this.current = this.loaded.settings;
    if (this.loaded.recovered) {
      // Write the repaired settings back so the next start is clean; a failure here is not fatal.
      try {
        store.save(this.current);
      } catch {
        /* the in-memory settings still work; the next successful update persists them */
      }
    }
  }

  get settings(): Settings {
    return this.current;
  }

  /** Validates and saves; on a storage failure nothing changes and the error reaches the caller. */
  update(patch: SettingsPatch): Settings {
    const next = applySettingsPatch(this.current, patch);
    this.store.save(next);
    this.current = next;
    for (const listener of this.listeners) listener(next);
    return next;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
}
