import type { AppController, CoreCommand, ReminderEffect } from '../core/app/app-controller';
import type { AppState } from '../core/app/app-state';
import type { Clock } from '../core/clock';
import type { HistoryEvent, HistoryStore } from '../core/history/history-store';
import { PostureTimeRecorder } from '../core/history/recorder';
import type { SignalName } from '../core/posture/classifier';

/** How often posture time is written while nothing changes: a crash loses at most this much. */
export const HISTORY_FLUSH_MS = 15_000;

/**
 * Writes what happens to the history (the host is its single writer): posture time per minute,
 * slouch episodes, reminders and how they were answered, breaks, sessions and water. A failing
 * disk is reported once through `onError` and never stops monitoring.
 */
export class HistoryRecorder {
  private readonly posture = new PostureTimeRecorder();
  private slouchSince: number | null = null;
  /** What made this slouch: the first signals the episode named (a recovering frame names none). */
  private slouchSignals: readonly SignalName[] = [];
  private failed = false;
  private readonly offs: (() => void)[] = [];

  constructor(
    private readonly store: HistoryStore,
    private readonly app: AppController,
    private readonly clock: Clock,
    private readonly onError: (message: string) => void,
    private readonly onWritten: () => void = () => undefined,
  ) {
    let last = app.state;
    this.offs.push(
      app.subscribe((state) => {
        if (state.posture.kind !== last.posture.kind) this.postureChanged(last, state);
        else if (state.posture.kind === 'slouching' && this.slouchSignals.length === 0)
          this.slouchSignals = state.posture.signals;
        last = state;
      }),
      app.onAlert((effect) => this.reminder(effect)),
      app.onCommand((command, before) => this.command(command, before)),
    );
    this.flush();
  }

  /** Hosts call this every HISTORY_FLUSH_MS. */
  flush(): void {
    this.addTime(this.app.state.posture.kind);
  }

  stop(): void {
    this.flush();
    this.offs.splice(0).forEach((off) => off());
  }

  private postureChanged(before: AppState, after: AppState): void {
    const now = this.clock.now();
    this.addTime(after.posture.kind);
    if (after.posture.kind === 'slouching' && before.posture.kind !== 'slouching') {
      this.slouchSince = now;
      this.slouchSignals = after.posture.signals;
    }
    if (before.posture.kind === 'slouching' && this.slouchSince !== null) {
      const detail = this.slouchSignals.join(',');
      // Never negative: the clock may have been set back during it.
      const seconds = Math.max(0, Math.round((now - this.slouchSince) / 1000));
      this.event({ at: this.slouchSince, kind: 'slouch', detail, value: seconds });
      this.slouchSince = null;
    }
  }

  private reminder(effect: ReminderEffect): void {
    const at = this.clock.now();
    if (effect.type === 'notify')
      this.event({ at, kind: 'alert', detail: `notified:${effect.notification.level}`, value: 1 });
    if (effect.type === 'break-due') this.event({ at, kind: 'break', detail: `${effect.kind}:due`, value: 1 });
  }

  private command(command: CoreCommand, before: AppState): void {
    const at = this.clock.now();
    switch (command.type) {
      case 'acknowledge-alert':
        return this.event({ at, kind: 'alert', detail: 'sat-up', value: 1 });
      case 'snooze':
        return this.event({ at, kind: 'alert', detail: 'snoozed', value: 1 });
      case 'start-routine':
        return this.event({ at, kind: 'break', detail: `${command.kind}:taken`, value: 1 });
      case 'postpone-break':
      case 'skip-break':
        if (!before.breaks.due) return;
        return this.event({
          at,
          kind: 'break',
          detail: `${before.breaks.due}:${command.type === 'skip-break' ? 'skipped' : 'postponed'}`,
          value: 1,
        });
      case 'log-session':
        return this.event({
          at,
          kind: 'session',
          detail: `${command.session.routineId}${command.session.completed ? '' : ':partial'}`,
          value: command.session.exercises.length,
        });
      case 'log-water':
        return this.event({ at, kind: 'water', detail: '', value: 1 });
      case 'undo-water':
        return this.event({ at, kind: 'water', detail: 'undo', value: -1 });
      default:
        return;
    }
  }

  /** Only real writes count: no time to add (paused, unknown) writes and announces nothing. */
  private addTime(kind: AppState['posture']['kind']): void {
    const increments = this.posture.mark(kind, this.clock.now());
    if (increments.length) this.write(() => this.store.addPostureTime(increments));
  }

  private event(event: HistoryEvent): void {
    this.write(() => this.store.addEvent(event));
  }

  private write(fn: () => void): void {
    try {
      fn();
      this.failed = false;
      this.onWritten();
    } catch (error) {
      if (this.failed) return;
      this.failed = true;
      this.onError(error instanceof Error ? error.message : String(error));
    }
  }
}
