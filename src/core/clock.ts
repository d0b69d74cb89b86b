/** Time is injected everywhere in core so that every rule can be tested on a fake clock. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export const MINUTE_MS = 60_000;
export const HOUR_MS = 60 * MINUTE_MS;

/** The latest instant a Date can hold: "until further notice" that still formats and stores. */
export const NEVER = 8.64e15;

/** Local calendar day key (YYYY-MM-DD) of an instant, in the runtime's time zone. */
export function localDayKey(epochMs: number): string {
  const d = new Date(epochMs);
  const month = String(d.getMonth() + 1).padStart(2, '0');
  const day = String(d.getDate()).padStart(2, '0');
  return `${d.getFullYear()}-${month}-${day}`;
}

/** The first instant of the next local calendar day (handles DST: built from calendar fields). */
export function startOfNextLocalDay(epochMs: number): number {
  const d = new Date(epochMs);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1, 0, 0, 0, 0).getTime();
}
