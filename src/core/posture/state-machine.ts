import { contributingSignals, type Classification, type SignalName } from './classifier';

/** What the app believes about the person's posture right now. */
export const POSTURE_STATE_KINDS = [
  'good',
  /** Over the slouch threshold but still inside the grace period (a glance, or a slouch starting). */
  'slipping',
  'slouching',
  'away',
  'unknown',
  'paused',
  'too-dark',
  'camera-off',
] as const;
export type PostureStateKind = (typeof POSTURE_STATE_KINDS)[number];

export interface PostureState {
  kind: PostureStateKind;
  /** When this state began (epoch ms). */
  since: number;
  /** Smoothed slouch score (1 = at the threshold). */
  score: number;
  /** What made the slouch (contributingSignals, strongest first), when slouching. */
  signals: SignalName[];
}

export interface PostureTimings {
  /** Slouched continuously this long before it counts (default 20 s, 0–120 s). */
  graceMs: number;
  /** Nobody seen for this long means away. */
  awayAfterMs: number;
  /** Verdicts of unknown keep the last state this long before admitting we do not know. */
  unknownHoldMs: number;
  /** Time constant of the score smoothing. */
  smoothingMs: number;
}

export const DEFAULT_TIMINGS: PostureTimings = {
  graceMs: 20_000,
  awayAfterMs: 30_000,
  unknownHoldMs: 10_000,
  smoothingMs: 4_000,
};

/** Hysteresis: the smoothed score must reach ENTER to start a slouch and fall to EXIT to end it. */
export const ENTER = 1.0;
export const EXIT = 0.7;

/**
 * Judged frames' scores pass a running median over this many frames before smoothing, and a lone
 * frame after a fresh start is not evidence yet: one misread frame — a camera's first, someone
 * sitting down, a glance caught by the one frame of a steady two-second spell — must not start a
 * slouch, however short the grace period (the smoothing alone gives a first frame, or one after a
 * long gap, nearly its full weight). A slouch or a recovery is seen one frame later.
 */
export const SPIKE_WINDOW = 3;

/** The median of up to SPIKE_WINDOW scores; of two, the lower (one frame alone never tips it). */
function spikeFiltered(scores: readonly number[]): number {
  const sorted = [...scores].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}

export type PostureInput =
  | { kind: 'classified'; classification: Classification; at: number }
  /** No person in the frame at all. */
  | { kind: 'nobody'; at: number }
  /** Monitoring is not looking: these states override everything while they last. */
  | { kind: 'paused' | 'too-dark' | 'camera-off'; at: number };

/**
 * Turns per-frame verdicts into states people can trust: scores are smoothed over time (frames
 * arrive irregularly, so the smoothing uses the real gaps), a slouch must last the grace period,
 * recovery needs the score to fall well below the entry level, a glance down shorter than the
 * grace period never counts, and brief unknowns do not flicker the state. Time is injected: every
 * input carries its timestamp.
 */
export class PostureStateMachine {
  private state: PostureState;
  private smoothed = 0;
  /** The latest judged frames' scores (SPIKE_WINDOW), since evidence was last reset. */
  private recentScores: number[] = [];
  private lastScoredAt: number | null = null;
  private overSince: number | null = null;
  private lastSeenAt: number;
  private lastKnownAt: number;

  constructor(
    start: number,
    private timings: PostureTimings = DEFAULT_TIMINGS,
  ) {
    this.state = { kind: 'unknown', since: start, score: 0, signals: [] };
    this.lastSeenAt = start;
    this.lastKnownAt = start;
  }

  get current(): PostureState {
    return this.state;
  }

  setTimings(timings: PostureTimings): void {
    this.timings = timings;
  }

  /** Feeds one input; returns the new state when it changed, else null. */
  update(input: PostureInput): PostureState | null {
    const now = input.at;
    switch (input.kind) {
      case 'paused':
      case 'too-dark':
      case 'camera-off':
        this.resetEvidence(now);
        return this.enter(input.kind, now, 0, []);
      case 'nobody':
        this.overSince = null;
        if (now - this.lastSeenAt >= this.timings.awayAfterMs) {
          this.smoothed = 0;
          this.recentScores = [];
          return this.enter('away', now, 0, []);
        }
        return this.holdOrUnknown(now);
      case 'classified':
        return this.classified(input.classification, now);
    }
  }

  private classified(c: Classification, now: number): PostureState | null {
    this.lastSeenAt = now;
    if (c.verdict === 'unknown') return this.holdOrUnknown(now);
    // Evidence older than the hold is stale: after a spell with no judged frame (the head unclear,
    // a stalled camera, a sleep no pause marked), a slouch must show itself again and last the
    // grace period afresh, not count the time nobody saw as part of it. So after a clock set
    // back: a slouch begun "later" would otherwise wait for the clock to catch up with it.
    const sinceJudged = now - this.lastKnownAt;
    if (sinceJudged > this.timings.unknownHoldMs || sinceJudged < 0) this.resetEvidence(now);
    this.lastKnownAt = now;
    this.recentScores = [...this.recentScores.slice(1 - SPIKE_WINDOW), c.score];
    if (this.recentScores.length < 2) return this.enter('unknown', now, this.smoothed, []);
    const dt = this.lastScoredAt === null ? Infinity : Math.max(0, now - this.lastScoredAt);
    const alpha = 1 - Math.exp(-dt / this.timings.smoothingMs);
    this.smoothed += alpha * (spikeFiltered(this.recentScores) - this.smoothed);
    this.lastScoredAt = now;

    const slouching = this.state.kind === 'slouching';
    const over = slouching ? this.smoothed > EXIT : this.smoothed >= ENTER;
    if (over) this.overSince ??= now;
    else this.overSince = null;

    const signals = contributingSignals(c);
    if (over && (slouching || now - this.overSince! >= this.timings.graceMs)) {
      return this.enter('slouching', now, this.smoothed, signals);
    }
    // Over the threshold but within the grace period (e.g. a glance down) is not a slouch yet:
    // the tray may hint at it, nothing else reacts.
    return this.enter(over ? 'slipping' : 'good', now, this.smoothed, []);
  }

  private holdOrUnknown(now: number): PostureState | null {
    if (
      now - this.lastKnownAt < this.timings.unknownHoldMs &&
      (this.state.kind === 'good' || this.state.kind === 'slipping' || this.state.kind === 'slouching')
    ) {
      return null;
    }
    return this.enter('unknown', now, this.smoothed, []);
  }

  private resetEvidence(now: number): void {
    this.smoothed = 0;
    this.recentScores = [];
    this.lastScoredAt = null;
    this.overSince = null;
    this.lastSeenAt = now;
    this.lastKnownAt = now;
  }

  private enter(kind: PostureStateKind, now: number, score: number, signals: SignalName[]): PostureState | null {
    if (this.state.kind === kind) {
      // A slouch lasts while the smoothed score stays over EXIT, through frames that are not
      // slouched on their own: those name no signal, so what made the slouch is kept for the
      // reminder's advice.
      const kept = kind === 'slouching' ? (signals.length > 0 ? signals : this.state.signals) : [];
      this.state = { ...this.state, score, signals: kept };
      return null;
    }
    this.state = { kind, since: now, score, signals };
    return this.state;
  }
}
