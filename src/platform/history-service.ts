import type { AppController } from '../core/app/app-controller';
import type { Clock } from '../core/clock';
import type { HistoryExport, HistoryStore } from '../core/history/history-store';
import { daySummaries, slouchHeatmap, slouchKinds, streaks, summaryDueAt, weekSummary } from '../core/history/insights';
import type { Settings } from '../core/settings/schema';
import type { HistorySnapshot } from './history-contract';
import { HistoryRecorder } from './history-recorder';

const EMPTY_HEATMAP = { minutes: Array.from({ length: 7 }, () => Array<number>(24).fill(0)), worst: null };

/**
 * The history as the hosts serve it: recording (through `HistoryRecorder`), the dashboard
 * snapshot, export, import and delete, and retention. Without a store (it could not be opened)
 * every answer says so, and the rest of the app works as before.
 */
export class HistoryService {
  private recorder: HistoryRecorder | null = null;

  constructor(
    private readonly store: HistoryStore | null,
    private readonly problem: string | null,
    private readonly deps: {
      app: AppController;
      clock: Clock;
      settings: () => Settings;
      onError: (message: string) => void;
      onChanged: () => void;
    },
  ) {
    if (store) {
      this.recorder = new HistoryRecorder(store, deps.app, deps.clock, deps.onError, deps.onChanged);
      this.compact();
    }
  }

  flush(): void {
    this.recorder?.flush();
    this.weeklySummary();
  }

  /** Once a week, from Monday 09:00, the past week in one notification (if wanted). */
  private weeklySummary(): void {
    const store = this.store;
    const settings = this.deps.settings();
    if (!store || !settings.history.weeklySummary) return;
    const now = this.deps.clock.now();
    const due = summaryDueAt(now);
    if (now < due || store.events('alert', due, now + 1).some((e) => e.detail === 'weekly-summary')) return;
    try {
      store.addEvent({ at: now, kind: 'alert', detail: 'weekly-summary', value: 1 });
      const summary = weekSummary(store, now, settings.hydration.dailyGoalGlasses);
      if (summary.score !== null || summary.sessions > 0 || summary.glasses > 0) {
        this.deps.app.announce({ type: 'weekly-summary', summary });
      }
    } catch (error) {
      this.deps.onError(error instanceof Error ? error.message : String(error));
    }
  }

  stop(): void {
    this.recorder?.stop();
  }

  compact(): void {
    try {
      this.store?.compact(this.deps.clock.now(), this.deps.settings().history.retentionDays);
    } catch (error) {
      this.deps.onError(error instanceof Error ? error.message : String(error));
    }
  }

  snapshot(): HistorySnapshot {
    const now = this.deps.clock.now();
    const store = this.store;
    if (!store) {
      return {
        available: false,
        problem: this.problem,
        week: [],
        month: [],
        streaks: { posture: 0, movement: 0, water: 0 },
        heatmap: EMPTY_HEATMAP,
        slouchKinds: [],
      };
    }
    const month = daySummaries(store, now, 30);
    return {
      available: true,
      problem: null,
      week: month.slice(-7),
      month,
      streaks: streaks(store, now, this.deps.settings().hydration.dailyGoalGlasses),
      heatmap: slouchHeatmap(store, now),
      slouchKinds: slouchKinds(store, now, month.length),
    };
  }

  exportAll(): HistoryExport {
    this.flush();
    return this.required().exportAll();
  }

  importAll(data: HistoryExport): { events: number; days: number } {
    const result = this.required().importAll(data);
    this.deps.onChanged();
    return result;
  }

  deleteAll(): void {
    this.required().deleteAll();
    this.deps.onChanged();
  }

  private required(): HistoryStore {
    if (!this.store) throw new Error(`The history is not available: ${this.problem ?? 'unknown reason'}`);
    return this.store;
  }
}
