/**
 * `npm run bench:history [-- --json]`: a year of synthetic minute data in the real store on
 * node:sqlite (as Electron main runs it), then the time to open, to append one minute, and to
 * answer each dashboard query (median of repeated runs, ms), and the database size.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNodeSqlite } from '../electron/main/sqlite-node';
import { HistoryStore } from '../src/core/history/history-store';
import { daySummaries, slouchHeatmap, slouchKinds, streaks } from '../src/core/history/insights';
import { transaction } from '../src/core/history/sql';

const json = process.argv.includes('--json');
const dir = mkdtempSync(join(tmpdir(), 'stand-tall-bench-'));
const file = join(dir, 'history.sqlite');
const DAY = 86_400_000;
const now = new Date(2026, 10, 24, 17, 0).getTime();

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
function time(runs: number, fn: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

// A year of working days: 8 hours of minutes each (every minute recorded), with events.
{
  const db = openNodeSqlite(file);
  const store = new HistoryStore(db);
  let seed = 42;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  for (let d = 365; d >= 1; d--) {
    const day = new Date(now - d * DAY);
    const start = new Date(day.getFullYear(), day.getMonth(), day.getDate(), 9).getTime();
    const minutes = Array.from({ length: 8 * 60 }, (_, i) => {
      const slouch = Math.round(random() * 30_000);
      return { minute: Math.floor(start / 60_000) + i, good: 60_000 - slouch, slouch, away: 0 };
    });
    store.addPostureTime(minutes);
    transaction(db, () => {
      for (let i = 0; i < 8; i++) store.addEvent({ at: start + i * 3_600_000, kind: 'water', detail: '', value: 1 });
      for (let i = 0; i < 10; i++)
        store.addEvent({ at: start + i * 2_700_000 + 1, kind: 'slouch', detail: 'headDrop', value: 120 });
      for (let i = 0; i < 6; i++)
        store.addEvent({ at: start + i * 4_000_000 + 2, kind: 'break', detail: 'micro:taken', value: 1 });
      store.addEvent({ at: start + 7_200_000 + 3, kind: 'session', detail: 'coreAndBack', value: 5 });
    });
  }
  db.close();
}
const sizeFull = statSync(file).size;

const results: Record<string, number> = {};
let store!: HistoryStore;
let db!: ReturnType<typeof openNodeSqlite>;
results.open = time(1, () => {
  db = openNodeSqlite(file);
  store = new HistoryStore(db);
});
let minute = Math.floor(now / 60_000);
results.appendMinute = time(200, () =>
  store.addPostureTime([{ minute: minute++, good: 50_000, slouch: 10_000, away: 0 }]),
);
results.appendEvent = time(200, () => store.addEvent({ at: minute++ * 60_000, kind: 'water', detail: '', value: 1 }));
results.today = time(20, () => daySummaries(store, now, 1));
results.week = time(20, () => daySummaries(store, now, 7));
results.month = time(20, () => daySummaries(store, now, 30));
results.streaks = time(10, () => streaks(store, now, 8));
results.heatmap = time(20, () => slouchHeatmap(store, now));
results.slouchKinds = time(20, () => slouchKinds(store, now, 30));
store.compact(now, 365);
db.exec('VACUUM');
db.close();
const sizeCompacted = statSync(file).size;
rmSync(dir, { recursive: true, force: true });

const mb = (bytes: number) => Math.round((bytes / 1_048_576) * 10) / 10;
const table = Object.entries(results).map(([op, ms]) => `${op.padEnd(14)} ${ms.toFixed(3).padStart(9)} ms`);
console.log('History benchmark (a year of minutes, node:sqlite, median):');
console.log(table.join('\n'));
console.log(
  `database size: ${mb(sizeFull)} MB with every minute of the year, ${mb(sizeCompacted)} MB after compaction (minutes kept 35 days)`,
);
if (json) {
  console.log(JSON.stringify({ ...results, sizeMbFullYear: mb(sizeFull), sizeMbCompacted: mb(sizeCompacted) }));
}
