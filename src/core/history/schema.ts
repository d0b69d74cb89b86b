import { transaction, type SqlDatabase } from './sql';

/**
 * Schema migrations, one per version (`PRAGMA user_version` counts them). Minute buckets hold
 * seconds per posture class; daily rows are kept up to date on every append, so dashboard
 * queries read at most a year of days, and old minutes can be dropped without losing totals.
 */
export const HISTORY_MIGRATIONS: readonly string[] = [
  // 1: minutes, days and events.
  `CREATE TABLE posture_minutes (
     minute INTEGER PRIMARY KEY,
     good INTEGER NOT NULL DEFAULT 0,
     slouch INTEGER NOT NULL DEFAULT 0,
     away INTEGER NOT NULL DEFAULT 0
   ) WITHOUT ROWID;
   CREATE TABLE posture_days (
     day TEXT PRIMARY KEY,
     good INTEGER NOT NULL DEFAULT 0,
     slouch INTEGER NOT NULL DEFAULT 0,
     away INTEGER NOT NULL DEFAULT 0
   ) WITHOUT ROWID;
   CREATE TABLE events (
     at INTEGER NOT NULL,
     kind TEXT NOT NULL,
     detail TEXT NOT NULL DEFAULT '',
     value REAL NOT NULL DEFAULT 0,
     PRIMARY KEY (at, kind, detail)
   ) WITHOUT ROWID;
   CREATE INDEX events_kind_at ON events (kind, at);`,
  // 2: slouching by hour of day, per day (for the heatmap, kept after minutes are compacted).
  `CREATE TABLE slouch_hours (
     day TEXT NOT NULL,
     hour INTEGER NOT NULL,
     seconds INTEGER NOT NULL DEFAULT 0,
     PRIMARY KEY (day, hour)
   ) WITHOUT ROWID;`,
];

export const HISTORY_VERSION = HISTORY_MIGRATIONS.length;

/** Brings a database to the current schema; refuses one written by a newer version. */
export function migrateHistory(db: SqlDatabase, migrations: readonly string[] = HISTORY_MIGRATIONS): number {
  const [row] = db.all<{ user_version: number }>('PRAGMA user_version');
  const version = row?.user_version ?? 0;
  if (version > migrations.length) {
    throw new Error(`The history was written by a newer Stand Tall (schema ${version}); please update the app.`);
  }
  for (let v = version; v < migrations.length; v++) {
    transaction(db, () => {
      db.exec(migrations[v]!);
      db.exec(`PRAGMA user_version = ${v + 1}`);
    });
  }
  return migrations.length;
}
