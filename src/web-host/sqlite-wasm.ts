import initSqlJs, { type Database } from 'sql.js';
import type { SqlDatabase, SqlValue } from '../core/history/sql';

/**
 * The history's SQLite in the browser: SQLite compiled to WebAssembly (sql.js), so the web host
 * runs the very schema and queries of the desktop app. The database lives in memory; `save`
 * hands its bytes to the caller for IndexedDB.
 */
export async function openWasmSqlite(
  wasmUrl: string,
  bytes?: Uint8Array | null,
): Promise<SqlDatabase & { export(): Uint8Array; close(): void }> {
  const SQL = await initSqlJs({ locateFile: () => wasmUrl });
  const db: Database = new SQL.Database(bytes ?? undefined);
  return wrapSqlJs(db);
}

export function wrapSqlJs(db: Database): SqlDatabase & { export(): Uint8Array; close(): void } {
  return {
    exec: (sql) => void db.exec(sql),
    run: (sql, params = []) => void db.run(sql, params as SqlValue[]),
    all: <T>(sql: string, params: readonly SqlValue[] = []) => {
      const statement = db.prepare(sql);
      try {
        statement.bind(params as SqlValue[]);
        const rows: T[] = [];
        while (statement.step()) rows.push(statement.getAsObject() as T);
        return rows;
      } finally {
        statement.free();
      }
    },
    export: () => db.export(),
    close: () => db.close(),
  };
}
