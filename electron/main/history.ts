import { HistoryStore } from '../../src/core/history/history-store';
import { HISTORY_FLUSH_MS } from '../../src/platform/history-recorder';
import type { HostService } from '../../src/platform/host-service';
import { openNodeSqlite } from './sqlite-node';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Opens the history database in main (its single writer). If it cannot be opened — a read-only
 * or full disk, a damaged file — the person is told once and the app keeps monitoring without it.
 */
export function openHistory(host: HostService, file: string): { stop(): void } {
  let close = (): void => undefined;
  try {
    const db = openNodeSqlite(file);
    close = () => db.close();
    host.attachHistory(new HistoryStore(db));
  } catch (error) {
    host.attachHistory(null, `${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const flush = setInterval(() => host.history.flush(), HISTORY_FLUSH_MS);
  const compact = setInterval(() => host.history.compact(), DAY_MS);
  return {
    stop: () => {
      clearInterval(flush);
      clearInterval(compact);
      host.history.stop();
      close();
    },
  };
}
