import { localDayKey, MINUTE_MS } from '../clock';
import { migrateHistory } from './schema';
import { transaction, type SqlDatabase } from './sql';

/** Milliseconds spent in each posture class within one minute (or one day). */
export interface PostureTime {
  good: number;
  slouch: number;
  away: number;
}

export interface MinuteIncrement extends PostureTime {
  /** The minute's start, as epoch minutes. */
  minute: number;
}

export const EVENT_KINDS = ['slouch', 'alert', 'break', 'session', 'water'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];

export interface HistoryEvent {
  at: number;
  kind: EventKind;
  detail: string;
  value: number;
}

export interface DayTotals extends PostureTime {
  day: string;
}

export interface HistoryExport {
  format: 'stand-tall-history';
  version: 1;
  days: DayTotals[];
  minutes: MinuteIncrement[];
  slouchHours: { day: string; hour: number; seconds: number }[];
  events: HistoryEvent[];
}

/**
 * The history, over any SQLite: append-only posture minutes (additive, so a crash loses at most
 * the unflushed seconds), daily totals kept in step, slouching by hour, and events (slouch
 * episodes, alerts and answers, breaks, sessions, water). Times are epoch ms; days are local.
 */
export class HistoryStore {
  constructor(private readonly db: SqlDatabase) {
    migrateHistory(db);
  }

  /** Adds time to minutes (and their days and hours) in one transaction. */
  addPostureTime(increments: readonly MinuteIncrement[]): void {
    if (increments.length === 0) return;
    transaction(this.db, () => {
      for (const inc of increments) {
        const at = inc.minute * MINUTE_MS;
        const values = [Math.round(inc.good), Math.round(inc.slouch), Math.round(inc.away)];
        this.db.run(
          `INSERT INTO posture_minutes (minute, good, slouch, away) VALUES (?, ?, ?, ?)
           ON CONFLICT (minute) DO UPDATE SET good = good + excluded.good, slouch = slouch + excluded.slouch,
             away = away + excluded.away`,
          [inc.minute, ...values],
        );
        this.db.run(
          `INSERT INTO posture_days (day, good, slouch, away) VALUES (?, ?, ?, ?)
           ON CONFLICT (day) DO UPDATE SET good = good + excluded.good, slouch = slouch + excluded.slouch,
             away = away + excluded.away`,
          [localDayKey(at), ...values],
        );
        if (inc.slouch > 0) {
          this.db.run(
            `INSERT INTO slouch_hours (day, hour, seconds) VALUES (?, ?, ?)
             ON CONFLICT (day, hour) DO UPDATE SET seconds = seconds + excluded.seconds`,
            [localDayKey(at), new Date(at).getHours(), Math.round(inc.slouch / 1000)],
          );
        }
      }
    });
  }

  addEvent(event: HistoryEvent): void {
    this.db.run('INSERT OR IGNORE INTO events (at, kind, detail, value) VALUES (?, ?, ?, ?)', [
      event.at,
      event.kind,
      event.detail,
      event.value,
    ]);
  }

  days(fromDay: string, toDay: string): DayTotals[] {
    return this.db.all<DayTotals>(
      'SELECT day, good, slouch, away FROM posture_days WHERE day BETWEEN ? AND ? ORDER BY day',
      [fromDay, toDay],
    );
  }

  events(kind: EventKind, from: number, to: number): HistoryEvent[] {
    return this.db.all<HistoryEvent>(
      'SELECT at, kind, detail, value FROM events WHERE kind = ? AND at >= ? AND at < ? ORDER BY at',
      [kind, from, to],
    );
  }

  slouchHours(fromDay: string, toDay: string): { day: string; hour: number; seconds: number }[] {
    return this.db.all('SELECT day, hour, seconds FROM slouch_hours WHERE day BETWEEN ? AND ? ORDER BY day, hour', [
      fromDay,
      toDay,
    ]);
  }

  /**
   * Retention: minute detail older than `minuteDays` is dropped (its days and hours stay);
   * everything older than `keepDays` goes.
   */
  compact(now: number, keepDays: number, minuteDays = 35): void {
    const dayMs = 24 * 60 * MINUTE_MS;
    const minuteCutoff = Math.floor((now - minuteDays * dayMs) / MINUTE_MS);
    const cutoff = now - keepDays * dayMs;
    const cutoffDay = localDayKey(cutoff);
    transaction(this.db, () => {
      this.db.run('DELETE FROM posture_minutes WHERE minute < ?', [minuteCutoff]);
      this.db.run('DELETE FROM posture_days WHERE day < ?', [cutoffDay]);
      this.db.run('DELETE FROM slouch_hours WHERE day < ?', [cutoffDay]);
      this.db.run('DELETE FROM events WHERE at < ?', [cutoff]);
    });
  }

  exportAll(): HistoryExport {
    return {
      format: 'stand-tall-history',
      version: 1,
      days: this.db.all('SELECT day, good, slouch, away FROM posture_days ORDER BY day'),
      minutes: this.db.all('SELECT minute, good, slouch, away FROM posture_minutes ORDER BY minute'),
      slouchHours: this.db.all('SELECT day, hour, seconds FROM slouch_hours ORDER BY day, hour'),
      events: this.db.all('SELECT at, kind, detail, value FROM events ORDER BY at'),
    };
  }

  /**
   * Merges an export: events and days or hours not present yet are added; what is already
   * here wins, so importing the same file twice changes nothing.
   */
  importAll(data: HistoryExport): { events: number; days: number } {
    let events = 0;
    let days = 0;
    const byDay = <T>(rows: readonly T[], day: (row: T) => string) => {
      const map = new Map<string, T[]>();
      for (const row of rows) {
        const list = map.get(day(row));
        if (list) list.push(row);
        else map.set(day(row), [row]);
      }
      return map;
    };
    const minutes = byDay(data.minutes, (m) => localDayKey(m.minute * MINUTE_MS));
    const hours = byDay(data.slouchHours, (h) => h.day);
    transaction(this.db, () => {
      for (const e of data.events) {
        this.addEvent(e);
        events += this.db.all<{ n: number }>('SELECT changes() AS n')[0]!.n;
      }
      for (const d of data.days) {
        const exists = this.db.all('SELECT 1 AS x FROM posture_days WHERE day = ?', [d.day]).length > 0;
        if (exists) continue;
        days++;
        this.db.run('INSERT INTO posture_days (day, good, slouch, away) VALUES (?, ?, ?, ?)', [
          d.day,
          d.good,
          d.slouch,
          d.away,
        ]);
        for (const m of minutes.get(d.day) ?? []) {
          this.db.run('INSERT OR IGNORE INTO posture_minutes (minute, good, slouch, away) VALUES (?, ?, ?, ?)', [
            m.minute,
            m.good,
            m.slouch,
            m.away,
          ]);
        }
        for (const h of hours.get(d.day) ?? []) {
          this.db.run('INSERT OR IGNORE INTO slouch_hours (day, hour, seconds) VALUES (?, ?, ?)', [
            h.day,
            h.hour,
            h.seconds,
          ]);
        }
      }
    });
    return { events, days };
  }

  deleteAll(): void {
    transaction(this.db, () => {
      for (const table of ['posture_minutes', 'posture_days', 'slouch_hours', 'events']) {
        this.db.run(`DELETE FROM ${table}`);
      }
    });
  }
}
