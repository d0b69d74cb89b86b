/**
 * A history writer for the crash test: appends one minute per transaction through the real store
 * and prints how many have been committed, until it is killed.
 */
import { HistoryStore } from '../../../src/core/history/history-store';
import { openNodeSqlite } from '../../../electron/main/sqlite-node';

const path = process.argv[2]!;
const store = new HistoryStore(openNodeSqlite(path));
const start = Math.floor(Date.UTC(2026, 10, 23, 8) / 60_000);
for (let i = 0; ; i++) {
  store.addPostureTime([{ minute: start + i, good: 40_000, slouch: 20_000, away: 0 }]);
  store.addEvent({ at: (start + i) * 60_000, kind: 'water', detail: '', value: 1 });
  process.stdout.write(`${i + 1}\n`);
}
