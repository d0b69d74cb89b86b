import { localDayKey, MINUTE_MS } from '../clock';
import { SIGNAL_NAMES, type SignalName } from '../posture/classifier';
import type { DayTotals, HistoryStore, PostureTime } from './history-store';

/** Less watched time than this in a day gives no score (too little to judge). */
const MIN_SCORED_MS = 10 * MINUTE_MS;
/** A day meets the posture goal with a score at least this high. */
export const POSTURE_GOAL_SCORE = 80;

/**
 * The posture score, 0–100: the share of the time you were seen at your desk that you sat
 * upright (good, or only starting to slouch), rounded. Away time does not count either way.
 */
export function postureScore(t: PostureTime): number | null {
  const seen = t.good + t.slouch;
  return seen < MIN_SCORED_MS ? null : Math.round((100 * t.good) / seen);
}

export interface DaySummary {
  day: string;
  score: number | null;
  uprightMinutes: number;
  slouchMinutes: number;
  sessions: number;
  exercises: number;
  breaksTaken: number;
  water: number;
}

function dayStart(epochMs: number, addDays = 0): number {
  const d = new Date(epochMs);
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() + addDays).getTime();
}

/** The last `count` local days ending today, oldest first, with everything recorded per day. */
export function daySummaries(store: HistoryStore, now: number, count: number): DaySummary[] {
  const from = dayStart(now, -(count - 1));
  const to = dayStart(now, 1);
  const totals = new Map(store.days(localDayKey(from), localDayKey(now)).map((d) => [d.day, d]));
  const summaries = new Map<string, DaySummary>();
  for (let i = 0; i < count; i++) {
    const day = localDayKey(dayStart(now, -(count - 1) + i));
    const t: DayTotals = totals.get(day) ?? { day, good: 0, slouch: 0, away: 0 };
    summaries.set(day, {
      day,
      score: postureScore(t),
      uprightMinutes: Math.round(t.good / MINUTE_MS),
      slouchMinutes: Math.round(t.slouch / MINUTE_MS),
      sessions: 0,
      exercises: 0,
      breaksTaken: 0,
      water: 0,
    });
  }
  for (const e of store.events('session', from, to)) {
    const s = summaries.get(localDayKey(e.at));
    if (s) {
      s.sessions += 1;
      s.exercises += e.value;
    }
  }
  for (const e of store.events('break', from, to)) {
    const s = summaries.get(localDayKey(e.at));
    if (s && e.detail.endsWith(':taken')) s.breaksTaken += 1;
  }
  for (const e of store.events('water', from, to)) {
    const s = summaries.get(localDayKey(e.at));
    if (s) s.water = Math.max(0, s.water + e.value);
  }
  return [...summaries.values()];
}

export interface Streaks {
  posture: number;
  movement: number;
  water: number;
}

/**
 * Days in a row meeting each goal (posture score ≥ 80, at least one exercise session, the water
 * goal), counting back from today — or from yesterday while today is still under way.
 */
export function streaks(store: HistoryStore, now: number, waterGoal: number): Streaks {
  const days = daySummaries(store, now, 366).reverse();
  const run = (met: (d: DaySummary) => boolean): number => {
    let n = 0;
    for (const [i, d] of days.entries()) {
      if (met(d)) n++;
      else if (i > 0) break;
    }
    return n;
  };
  return {
    posture: run((d) => d.score !== null && d.score >= POSTURE_GOAL_SCORE),
    movement: run((d) => d.sessions > 0),
    water: run((d) => d.water >= waterGoal),
  };
}

export interface Heatmap {
  /** Slouch minutes, [weekday 0 = Sunday][hour 0–23], over the last `weeks` weeks. */
  minutes: number[][];
  /** The worst two-hour stretch, if any slouching was recorded. */
  worst: { weekday: number; fromHour: number } | null;
}

export function slouchHeatmap(store: HistoryStore, now: number, weeks = 8): Heatmap {
  const minutes = Array.from({ length: 7 }, () => Array<number>(24).fill(0));
  const from = localDayKey(dayStart(now, -(weeks * 7 - 1)));
  for (const h of store.slouchHours(from, localDayKey(now))) {
    const [y, m, d] = h.day.split('-').map(Number) as [number, number, number];
    minutes[new Date(y, m - 1, d).getDay()]![h.hour]! += h.seconds / 60;
  }
  let worst: Heatmap['worst'] = null;
  let worstMinutes = 0;
  for (let weekday = 0; weekday < 7; weekday++) {
    for (let hour = 0; hour < 23; hour++) {
      const sum = minutes[weekday]![hour]! + minutes[weekday]![hour + 1]!;
      if (sum > worstMinutes) {
        worstMinutes = sum;
        worst = { weekday, fromHour: hour };
      }
    }
  }
  return { minutes: minutes.map((row) => row.map((v) => Math.round(v))), worst };
}

export interface WeekSummary {
  score: number | null;
  /** What the week's slouches showed most (slouchKinds), null without any. */
  slouchMost: SignalName | null;
  sessions: number;
  exercises: number;
  glasses: number;
  /** Days the water goal was met. */
  waterDays: number;
}

/** The seven days before today, for the Monday summary. */
export function weekSummary(store: HistoryStore, now: number, waterGoal: number): WeekSummary {
  const days = daySummaries(store, now, 8).slice(0, 7);
  const totals = store
    .days(days[0]!.day, days.at(-1)!.day)
    .reduce((t, d) => ({ good: t.good + d.good, slouch: t.slouch + d.slouch, away: 0 }), {
      good: 0,
      slouch: 0,
      away: 0,
    });
  return {
    score: postureScore(totals),
    slouchMost: kindsBetween(store, dayStart(now, -7), dayStart(now))[0]?.signal ?? null,
    sessions: days.reduce((n, d) => n + d.sessions, 0),
    exercises: days.reduce((n, d) => n + d.exercises, 0),
    glasses: days.reduce((n, d) => n + d.water, 0),
    waterDays: days.filter((d) => d.water >= waterGoal).length,
  };
}

/** Monday 09:00 of the current local week: when that week's summary is due. */
export function summaryDueAt(now: number): number {
  const d = new Date(now);
  const sinceMonday = (d.getDay() + 6) % 7;
  return new Date(d.getFullYear(), d.getMonth(), d.getDate() - sinceMonday, 9).getTime();
}

export interface SlouchKind {
  /** What made the slouches most (the first of each episode's signals, strongest first). */
  signal: SignalName;
  episodes: number;
  minutes: number;
}

const isSignal = (name: string): name is SignalName => (SIGNAL_NAMES as readonly string[]).includes(name);

/**
 * How you slouch, over the last `days` days: slouch episodes by what made each most, the most
 * frequent first (ties: more minutes first). Episodes recorded without a signal are left out.
 */
export function slouchKinds(store: HistoryStore, now: number, days = 30): SlouchKind[] {
  return kindsBetween(store, dayStart(now, -(days - 1)), dayStart(now, 1));
}

function kindsBetween(store: HistoryStore, from: number, to: number): SlouchKind[] {
  const kinds = new Map<SignalName, SlouchKind>();
  for (const e of store.events('slouch', from, to)) {
    const signal = e.detail.split(',')[0] ?? '';
    if (!isSignal(signal)) continue;
    const kind = kinds.get(signal) ?? { signal, episodes: 0, minutes: 0 };
    kind.episodes += 1;
    kind.minutes += e.value / 60;
    kinds.set(signal, kind);
  }
  return [...kinds.values()]
    .map((k) => ({ ...k, minutes: Math.round(k.minutes) }))
    .sort((a, b) => b.episodes - a.episodes || b.minutes - a.minutes);
}
