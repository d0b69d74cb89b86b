import { DatabaseSync } from 'node:sqlite';
import type { SqlDatabase, SqlValue } from '../../src/core/history/sql';

/**
 * The history's SQLite in Electron main: Node's built-in `node:sqlite` (no native module to
 * rebuild). Write-ahead logging with `synchronous = NORMAL`: a crash or kill never corrupts the
 * file and loses at most the last transactions.
 */
export function openNodeSqlite(path: string): SqlDatabase & { close(): void } {
  const db = new DatabaseSync(path);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 2000;');
  const statements = new Map<string, ReturnType<DatabaseSync['prepare']>>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      statements.set(sql, statement);
    }
    return statement;
  };
  return {
    exec: (sql) => db.exec(sql),
    run: (sql, params = []) => void prepared(sql).run(...(params as SqlValue[])),
    all: <T>(sql: string, params: readonly SqlValue[] = []) => prepared(sql).all(...(params as SqlValue[])) as T[],
    close: () => db.close(),
  };
}
