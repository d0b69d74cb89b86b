import { AppController, type AppStateStore } from '../core/app/app-controller';
import type { Clock } from '../core/clock';
import type { HistoryStore } from '../core/history/history-store';
import { SettingsService, type SettingsStore } from '../core/settings/settings-service';
import { HistoryService } from './history-service';
import {
  validateArgs,
  type EventMethod,
  type EventPayload,
  type HostHandlers,
  type HostInfo,
  type InvokeMethod,
  type LiveSample,
  type Notice,
} from './contract';

export interface HostServiceDeps {
  clock: Clock;
  settingsStore: SettingsStore;
  stateStore: AppStateStore;
  info: HostInfo;
  /** Pushes an event to every UI of this host. */
  emit: <M extends EventMethod>(method: M, payload: EventPayload<M>) => void;
  /** Facts about how stored settings were recovered (e.g. the backup path); null when clean. */
  settingsRecoveryDetail?: string | null;
  /** The same for the stored app state when it could not be read at all (not JSON). */
  stateRecoveryDetail?: string | null;
}

/** The first few of a list of problems, each cut short, and how many more: a notice stays readable. */
function briefList(items: string[], shown = 3, chars = 200): string {
  const brief = items.slice(0, shown).map((item) => (item.length > chars ? `${item.slice(0, chars - 1)}…` : item));
  const more = items.length - brief.length;
  return brief.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

/**
 * The host side of the contract, shared by Electron main and the web host: settings, app state,
 * commands and notices, with every incoming call validated against the contract.
 */
export class HostService {
  readonly settings: SettingsService;
  readonly app: AppController;
  history: HistoryService;
  private notices: Notice[] = [];
  private readonly noticeListeners = new Set<(notice: Notice) => void>();
  private noticeCounter = 0;

  constructor(private readonly deps: HostServiceDeps) {
    this.settings = new SettingsService(deps.settingsStore);
    this.app = new AppController(deps.clock, this.guardedStateStore(deps.stateStore), this.settings.settings);
    if (this.settings.loaded.recovered || deps.settingsRecoveryDetail) {
      const problems = this.settings.loaded.problems.join('; ');
      this.addNotice('settings-recovered', [deps.settingsRecoveryDetail, problems].filter(Boolean).join(' — ') || null);
    }
    this.noticeStateRecovery();
    this.history = new HistoryService(null, 'the history is still opening', this.historyDeps());
    this.settings.subscribe((s) => {
      deps.emit('onSettingsChanged', s);
      this.app.configure(s);
      this.history.compact();
    });
    this.app.subscribe((s) => deps.emit('onStateChanged', s));
  }

  /** Handlers that accept untrusted raw arguments (from IPC or page code) and validate them. */
  readonly handlers: { [M in InvokeMethod]: (raw: unknown[]) => ReturnType<HostHandlers[M]> } = {
    getHostInfo: async (raw) => (validateArgs('getHostInfo', raw), this.deps.info),
    getSettings: async (raw) => (validateArgs('getSettings', raw), this.settings.settings),
    updateSettings: async (raw) => this.settings.update(...validateArgs('updateSettings', raw)),
    getState: async (raw) => (validateArgs('getState', raw), this.app.state),
    run: async (raw) => this.app.dispatch(...validateArgs('run', raw)),
    getNotices: async (raw) => (validateArgs('getNotices', raw), this.notices),
    dismissNotice: async (raw) => {
      const [id] = validateArgs('dismissNotice', raw);
      this.notices = this.notices.filter((n) => n.id !== id);
      this.deps.emit('onNoticesChanged', this.notices);
    },
    getHistory: async (raw) => (validateArgs('getHistory', raw), this.history.snapshot()),
    exportHistory: async (raw) => (validateArgs('exportHistory', raw), this.history.exportAll()),
    importHistory: async (raw) => this.history.importAll(...validateArgs('importHistory', raw)),
    deleteHistory: async (raw) => (validateArgs('deleteHistory', raw), this.history.deleteAll()),
    // Samples are relayed, never stored: they exist only to draw the live view.
    publishPoseSample: async (raw) => {
      const [sample] = validateArgs('publishPoseSample', raw);
      this.deps.emit('onPoseSample', sample as LiveSample);
    },
  };

  /** Tells the person once when part of the stored state (a calibration, a pause) was not usable. */
  private noticeStateRecovery(): void {
    const { recovery } = this.app;
    const kept = recovery?.copy ? `a copy of it was kept as ${recovery.copy}` : null;
    const dropped = recovery ? `not used: ${briefList(recovery.dropped)}` : null;
    const detail = [this.deps.stateRecoveryDetail, dropped, kept].filter(Boolean).join(' — ');
    if (detail) this.addNotice('state-recovered', detail);
  }

  /**
   * Connects the history once the host has opened it (or could not: `problem` says why, and the
   * person is told once; monitoring goes on without it).
   */
  attachHistory(store: HistoryStore | null, problem: string | null = null): void {
    this.history.stop();
    this.history = new HistoryService(store, problem, this.historyDeps());
    if (!store) this.addNotice('history-unavailable', problem);
    this.deps.emit('onHistoryChanged', null);
  }

  private historyDeps() {
    return {
      app: this.app,
      clock: this.deps.clock,
      settings: () => this.settings.settings,
      onError: (message: string) => this.addNotice('history-write-failed', message),
      onChanged: () => this.deps.emit('onHistoryChanged', null),
    };
  }

  addNotice(kind: Notice['kind'], detail: string | null): void {
    if (this.notices.some((n) => n.kind === kind)) return;
    this.noticeCounter += 1;
    const notice = { id: `${kind}-${this.noticeCounter}`, kind, detail };
    this.notices = [...this.notices, notice];
    this.deps.emit('onNoticesChanged', this.notices);
    for (const listener of this.noticeListeners) listener(notice);
  }

  /**
   * Hosts show each new notice once outside the window too (a native or Web Notification);
   * the listener first gets the notices raised before it subscribed (e.g. at start-up).
   */
  onNewNotice(listener: (notice: Notice) => void): () => void {
    for (const notice of this.notices) listener(notice);
    this.noticeListeners.add(listener);
    return () => this.noticeListeners.delete(listener);
  }

  /** A failing disk must not stop monitoring: keep going in memory and tell the person once. */
  private guardedStateStore(store: AppStateStore): AppStateStore {
    return {
      load: () => {
        try {
          return store.load();
        } catch {
          return undefined;
        }
      },
      keepCopy: () => {
        try {
          return store.keepCopy?.() ?? null;
        } catch {
          return null;
        }
      },
      save: (state) => {
        try {
          store.save(state);
        } catch (error) {
          this.addNotice('state-write-failed', error instanceof Error ? error.message : String(error));
        }
      },
    };
  }
}
