import { MINUTE_MS } from '../clock';
import type { SignalName } from '../posture/classifier';
import type { BreakSettings } from '../settings/schema';

export interface NudgeState {
  /** Start times of recent slouch episodes, within the nudge period. */
  episodes: number[];
  lastNudgeAt: number | null;
  /** The routine on offer right now (until started or dismissed). */
  offered: string | null;
}

export const NO_NUDGE: NudgeState = { episodes: [], lastNudgeAt: null, offered: null };

/**
 * The short routine that best answers how someone slouches: head and neck signals call for chin
 * tucks and shoulder-blade work (Posture reset); a tilted trunk for Pilates twists and wall angels.
 */
export function routineForSignals(signals: readonly SignalName[]): string {
  return signals.includes('shoulderTilt') && !signals.includes('headDrop') ? 'pilatesBreak' : 'postureReset';
}

/**
 * Posture-driven nudges: when slouching recurs (N episodes within the window), propose the
 * best-fitting short routine now; at most one proposal per period.
 */
export function stepNudges(
  prev: NudgeState,
  slouchStarted: { signals: readonly SignalName[] } | null,
  settings: BreakSettings,
  now: number,
): { nudges: NudgeState; propose: string | null } {
  if (!slouchStarted || !settings.nudges) return { nudges: prev, propose: null };
  const windowMs = settings.nudgeWindowMinutes * MINUTE_MS;
  const episodes = [...prev.episodes.filter((t) => now - t < windowMs), now];
  const quietPeriodOver = prev.lastNudgeAt === null || now - prev.lastNudgeAt >= windowMs;
  if (episodes.length >= settings.nudgeEpisodes && quietPeriodOver) {
    const routine = routineForSignals(slouchStarted.signals);
    return { nudges: { episodes: [], lastNudgeAt: now, offered: routine }, propose: routine };
  }
  return { nudges: { ...prev, episodes }, propose: null };
}
