import { MINUTE_MS } from '../clock';
import type { PostureStateKind } from '../posture/state-machine';
import type { MinuteIncrement, PostureTime } from './history-store';

/** Which column a posture state's time goes to; states where nobody looks are not counted. */
export function postureClass(kind: PostureStateKind): keyof PostureTime | null {
  switch (kind) {
    case 'good':
    case 'slipping':
      return 'good';
    case 'slouching':
      return 'slouch';
    case 'away':
      return 'away';
    default:
      return null;
  }
}

/** Longer than this between marks means the app was not running (or asleep): not counted. */
const MAX_GAP_MS = 5 * MINUTE_MS;

/**
 * Turns a stream of posture states into time per minute bucket. Each `mark` attributes the time
 * since the last mark to the state that held, split at minute boundaries; hosts mark on every
 * change and every few seconds, so a crash loses only the seconds since the last mark.
 */
export class PostureTimeRecorder {
  private kind: PostureStateKind = 'unknown';
  private since: number | null = null;

  mark(kind: PostureStateKind, at: number): MinuteIncrement[] {
    const increments: MinuteIncrement[] = [];
    const column = postureClass(this.kind);
    if (this.since !== null && column && at > this.since && at - this.since <= MAX_GAP_MS) {
      let t = this.since;
      while (t < at) {
        const minute = Math.floor(t / MINUTE_MS);
        const end = Math.min(at, (minute + 1) * MINUTE_MS);
        increments.push({ minute, good: 0, slouch: 0, away: 0, [column]: end - t });
        t = end;
      }
    }
    this.kind = kind;
    this.since = at;
    return increments;
  }
}
