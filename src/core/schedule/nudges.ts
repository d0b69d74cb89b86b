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

/** Signals of the trunk rather than the head: a reclined, sunken or tilted trunk. */
const TRUNK_SIGNALS: readonly SignalName[] = ['leanBack', 'sink', 'shoulderTilt'];

/**
 * The short routine that best answers how someone slouches, judged by what made the slouch most
 * (signals come strongest first): the head and neck call for chin tucks and shoulder-blade work
 * (Posture reset); a trunk that reclined, sank or tilted for Pilates pelvic curls, chest lifts,
 * twists and wall angels, which work the trunk that let go.
 */
export function routineForSignals(signals: readonly SignalName[]): string {
  return signals[0] !== undefined && TRUNK_SIGNALS.includes(signals[0]) ? 'pilatesBreak' : 'postureReset';
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
  // A stamp in the future is from before the clock was set back: it counts from now.
  const notAfterNow = (t: number) => Math.min(t, now);
  const episodes = [...prev.episodes.map(notAfterNow).filter((t) => now - t < windowMs), now];
  const lastNudgeAt = prev.lastNudgeAt === null ? null : notAfterNow(prev.lastNudgeAt);
  const quietPeriodOver = lastNudgeAt === null || now - lastNudgeAt >= windowMs;
  if (episodes.length >= settings.nudgeEpisodes && quietPeriodOver) {
    const routine = routineForSignals(slouchStarted.signals);
    return { nudges: { episodes: [], lastNudgeAt: now, offered: routine }, propose: routine };
  }
  return { nudges: { ...prev, episodes, lastNudgeAt }, propose: null };
}
