import { spawn } from 'node:child_process';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { afterAll, describe, expect, it } from 'vitest';
import { HistoryStore, type HistoryExport } from '../../../src/core/history/history-store';
import {
  daySummaries,
  postureScore,
  slouchHeatmap,
  slouchKinds,
  streaks,
  type WeekSummary,
} from '../../../src/core/history/insights';
import { PostureTimeRecorder } from '../../../src/core/history/recorder';
import { HISTORY_MIGRATIONS, HISTORY_VERSION, migrateHistory } from '../../../src/core/history/schema';
import type { SqlDatabase } from '../../../src/core/history/sql';
import { openNodeSqlite } from '../../../electron/main/sqlite-node';
import { wrapSqlJs } from '../../../src/web-host/sqlite-wasm';
import { tempDirForFile } from '../../support/temp-dir';

const dir = tempDirForFile('history');
const SQL = await initSqlJs();
let files = 0;
const opened: { close(): void }[] = [];
afterAll(() => opened.forEach((db) => db.close()));

/** Both real implementations; the same suite runs against each. */
const implementations: [string, () => SqlDatabase][] = [
  [
    'node:sqlite (Electron main)',
    () => {
      const db = openNodeSqlite(join(dir, `h${files++}.sqlite`));
      opened.push(db);
      return db;
    },
  ],
  ['SQLite WebAssembly (web host)', () => wrapSqlJs(new SQL.Database())],
];

// Tests run in Europe/Berlin (vitest.config.ts). 23 November 2026 is a Monday.
const at = (day: number, h: number, m = 0) => new Date(2026, 10, day, h, m).getTime();
const minuteOf = (t: number) => Math.floor(t / 60_000);

describe.each(implementations)('history store on %s', (_name, open) => {
  it('creates the current schema, and migrates from every earlier one keeping the data', () => {
    const fresh = open();
    expect(migrateHistory(fresh)).toBe(HISTORY_VERSION);
    for (let from = 0; from < HISTORY_VERSION; from++) {
      const db = open();
      migrateHistory(db, HISTORY_MIGRATIONS.slice(0, from));
      if (from >= 1) db.run("INSERT INTO events (at, kind, detail, value) VALUES (1, 'water', '', 1)");
      const store = new HistoryStore(db);
      expect(db.all<{ user_version: number }>('PRAGMA user_version')[0]!.user_version).toBe(HISTORY_VERSION);
      if (from >= 1) expect(store.events('water', 0, 10)).toHaveLength(1);
    }
  });

  it('refuses a history written by a newer version, with a clear message', () => {
    const db = open();
    db.exec(`PRAGMA user_version = ${HISTORY_VERSION + 1}`);
    expect(() => new HistoryStore(db)).toThrow(/newer Stand Tall/);
  });

  it('adds posture time to minutes, days and slouch hours, additively', () => {
    const store = new HistoryStore(open());
    const m = minuteOf(at(23, 15, 10));
    store.addPostureTime([{ minute: m, good: 30_000, slouch: 10_000, away: 0 }]);
    store.addPostureTime([{ minute: m, good: 5_000, slouch: 15_000, away: 0 }]);
    expect(store.days('2026-11-23', '2026-11-23')).toEqual([
      { day: '2026-11-23', good: 35_000, slouch: 25_000, away: 0 },
    ]);
    expect(store.slouchHours('2026-11-23', '2026-11-23')).toEqual([{ day: '2026-11-23', hour: 15, seconds: 25 }]);
  });

  it('exports everything and re-imports it to the same totals, without duplicates', () => {
    const store = new HistoryStore(open());
    const recorder = new PostureTimeRecorder();
    recorder.mark('good', at(23, 9));
    store.addPostureTime(recorder.mark('slouching', at(23, 9, 2)));
    store.addPostureTime(recorder.mark('good', at(23, 9, 3)));
    store.addEvent({ at: at(23, 9, 10), kind: 'water', detail: '', value: 1 });
    store.addEvent({ at: at(23, 9, 30), kind: 'slouch', detail: 'headDrop', value: 600 });
    const exported: HistoryExport = JSON.parse(JSON.stringify(store.exportAll()));
    const other = new HistoryStore(open());
    expect(other.importAll(exported)).toEqual({ events: 2, days: 1 });
    expect(other.importAll(exported)).toEqual({ events: 0, days: 0 });
    expect(other.exportAll()).toEqual(exported);
    store.deleteAll();
    expect(store.exportAll()).toMatchObject({ days: [], minutes: [], events: [] });
  });

  it('compacts: minute detail goes after 35 days, everything after the retention', () => {
    const store = new HistoryStore(open());
    const old = at(1, 10);
    store.addPostureTime([{ minute: minuteOf(old), good: 60_000, slouch: 0, away: 0 }]);
    store.addEvent({ at: old, kind: 'water', detail: '', value: 1 });
    const now = old + 40 * 86_400_000;
    store.compact(now, 365);
    expect(store.exportAll().minutes).toEqual([]);
    expect(store.days('2026-11-01', '2026-11-01')).toHaveLength(1);
    store.compact(now, 30);
    expect(store.exportAll()).toMatchObject({ days: [], events: [] });
  });

  it('answers the dashboard: score, day series, streaks and the slouch heatmap', () => {
    const store = new HistoryStore(open());
    // Three days: upright mornings; Thursday afternoons slouched.
    for (const day of [19, 20, 21, 22, 23]) {
      store.addPostureTime([{ minute: minuteOf(at(day, 9)), good: 50 * 60_000, slouch: 10 * 60_000, away: 0 }]);
      store.addEvent({ at: at(day, 11), kind: 'session', detail: 'coreAndBack', value: 5 });
      for (let g = 0; g < 8; g++) store.addEvent({ at: at(day, 9 + g), kind: 'water', detail: '', value: 1 });
    }
    store.addPostureTime([{ minute: minuteOf(at(19, 15)), good: 0, slouch: 40 * 60_000, away: 0 }]);
    const days = daySummaries(store, at(23, 18), 7);
    expect(days.map((d) => d.day)).toEqual([
      '2026-11-17',
      '2026-11-18',
      '2026-11-19',
      '2026-11-20',
      '2026-11-21',
      '2026-11-22',
      '2026-11-23',
    ]);
    expect(days.at(-1)).toMatchObject({
      score: 83,
      uprightMinutes: 50,
      slouchMinutes: 10,
      sessions: 1,
      exercises: 5,
      water: 8,
    });
    expect(days[0]!.score).toBeNull();
    expect(streaks(store, at(23, 18), 8)).toEqual({ posture: 4, movement: 5, water: 5 });
    const heatmap = slouchHeatmap(store, at(23, 18));
    expect(heatmap.minutes[4]![15]).toBe(40);
    expect(heatmap.worst).toEqual({ weekday: 4, fromHour: 14 });
  });

  it('counts the last 30 days of slouches by what made each most, the commonest first', () => {
    const store = new HistoryStore(open());
    const slouch = (when: number, detail: string, seconds: number) =>
      store.addEvent({ at: when, kind: 'slouch', detail, value: seconds });
    slouch(at(23, 9), 'sink,headDrop', 600);
    slouch(at(22, 9), 'headDrop', 120);
    slouch(at(21, 9), 'headDrop,forwardHead', 180);
    slouch(at(20, 9), 'shoulderTilt', 900);
    slouch(at(20, 10), 'sink', 60);
    slouch(at(19, 9), '', 300); // recorded before slouches named their signals
    slouch(at(19, 10), 'somethingElse', 300);
    slouch(new Date(2026, 9, 20, 9).getTime(), 'shoulderTilt', 900); // 34 days ago
    expect(slouchKinds(store, at(23, 18))).toEqual([
      { signal: 'sink', episodes: 2, minutes: 11 },
      { signal: 'headDrop', episodes: 2, minutes: 5 },
      { signal: 'shoulderTilt', episodes: 1, minutes: 15 },
    ]);
  });
});

describe('PostureTimeRecorder', () => {
  it('splits time at minute boundaries and ignores states nobody watched and long gaps', () => {
    const r = new PostureTimeRecorder();
    expect(r.mark('good', at(23, 9, 0) + 50_000)).toEqual([]);
    const inc = r.mark('slouching', at(23, 9, 2) + 10_000);
    expect(inc.map((i) => [i.minute - minuteOf(at(23, 9)), i.good])).toEqual([
      [0, 10_000],
      [1, 60_000],
      [2, 10_000],
    ]);
    expect(r.mark('paused', at(23, 9, 3))[0]!.slouch).toBe(50_000);
    expect(r.mark('good', at(23, 10))).toEqual([]);
    expect(r.mark('good', at(23, 11))).toEqual([]);
    expect(postureScore({ good: 9 * 60_000, slouch: 0, away: 0 })).toBeNull();
  });
});

describe('crash safety', () => {
  it('a writer killed mid-stream loses at most its last transaction and never corrupts the file', async () => {
    const path = join(dir, 'crash.sqlite');
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', join(import.meta.dirname, '../../support/history/writer.ts'), path],
      {
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    let committed = 0;
    await new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.stdout.on('data', (chunk: Buffer) => {
        committed = Number(chunk.toString().trim().split('\n').at(-1));
        if (committed >= 300 && !child.killed) {
          child.kill('SIGKILL');
          resolve();
        }
      });
      child.on('exit', () => resolve());
    });
    await new Promise((r) => child.on('exit', r));
    expect(committed).toBeGreaterThanOrEqual(300);
    const db = openNodeSqlite(path);
    opened.push(db);
    expect(db.all<{ integrity_check: string }>('PRAGMA integrity_check')[0]!.integrity_check).toBe('ok');
    const store = new HistoryStore(db);
    const rows = store.exportAll();
    expect(rows.minutes.length).toBeGreaterThanOrEqual(committed);
    // Days stay in step with their minutes: nothing half-written.
    const total = rows.minutes.reduce((s, m) => s + m.good, 0);
    expect(rows.days.reduce((s, d) => s + d.good, 0)).toBe(total);
  });
});

describe('weekly summary', () => {
  it('comes once on Monday from 09:00 with the past week, and not when switched off', async () => {
    const { HistoryService } = await import('../../../src/platform/history-service');
    const { controllerOnFakeTime, ONLY_PAUSES } = await import('../../support/fakes');
    for (const wanted of [true, false]) {
      const store = new HistoryStore(wrapSqlJs(new SQL.Database()));
      for (const day of [17, 18, 19]) {
        store.addPostureTime([{ minute: minuteOf(at(day, 10)), good: 45 * 60_000, slouch: 15 * 60_000, away: 0 }]);
        store.addEvent({ at: at(day, 11), kind: 'session', detail: 'postureReset', value: 3 });
      }
      // Slouches of the past week, and one this morning, which belongs to the next week's summary.
      store.addEvent({ at: at(18, 10), kind: 'slouch', detail: 'sink,headDrop', value: 300 });
      store.addEvent({ at: at(19, 10), kind: 'slouch', detail: 'sink', value: 300 });
      store.addEvent({ at: at(19, 15), kind: 'slouch', detail: 'headDrop', value: 300 });
      for (const m of [1, 2, 3]) store.addEvent({ at: at(23, 8, m), kind: 'slouch', detail: 'leanBack', value: 30 });
      const settings = { ...ONLY_PAUSES, history: { retentionDays: 365, weeklySummary: wanted } };
      const { app, clock } = controllerOnFakeTime(settings, at(23, 8, 55));
      const shown: unknown[] = [];
      app.onAlert((e) => e.type === 'weekly-summary' && shown.push(e.summary));
      const service = new HistoryService(store, null, {
        app,
        clock,
        settings: () => settings,
        onError: (m) => {
          throw new Error(m);
        },
        onChanged: () => undefined,
      });
      service.flush();
      expect(shown).toEqual([]);
      clock.advance(10 * 60_000);
      service.flush();
      service.flush();
      expect(shown).toEqual(
        wanted ? [{ score: 75, slouchMost: 'sink', sessions: 3, exercises: 9, glasses: 0, waterDays: 0 }] : [],
      );
      if (!wanted) continue;
      // The notification's words end with what the slouches showed most.
      const { reminderView } = await import('../../../src/platform/alert-text');
      const t = (key: string, params?: Record<string, string | number>) =>
        params ? `${key}${JSON.stringify(params)}` : key;
      const summary = shown[0] as WeekSummary;
      const view = reminderView({ type: 'weekly-summary', summary }, t, settings, clock.now());
      expect(view.show!.body).toMatch(/ history\.summaryMost\{"what":"dashboard\.posture\.signals\.sink"\}$/);
      const quiet = reminderView({ type: 'weekly-summary', summary: { ...summary, slouchMost: null } }, t, settings, 0);
      expect(quiet.show!.body).not.toContain('summaryMost');
    }
  });
});
