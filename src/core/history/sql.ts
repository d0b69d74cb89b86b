/**
 * The slice of SQLite the history uses. Implemented over Node's built-in `node:sqlite` in
 * Electron main and over SQLite compiled to WebAssembly (sql.js) in the web host, so both run
 * the same schema and the same queries.
 */
export type SqlValue = number | string | null;

export interface SqlDatabase {
  exec(sql: string): void;
  run(sql: string, params?: readonly SqlValue[]): void;
  /** Rows as plain objects; the caller states their shape (the schema is ours). */
  all<T = Record<string, SqlValue>>(sql: string, params?: readonly SqlValue[]): T[];
}

/** Runs `fn` in one transaction: all of it lands, or none of it. */
export function transaction<T>(db: SqlDatabase, fn: () => T): T {
  db.exec('BEGIN');
  try {
    const result = fn();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    db.exec('ROLLBACK');
    throw error;
  }
}
