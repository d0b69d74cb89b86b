import { describe, expect, it } from 'vitest';
import type { ReminderEffect } from '../../../src/core/app/app-controller';
import { HOUR_MS, MINUTE_MS } from '../../../src/core/clock';
import type { PostureState } from '../../../src/core/posture/state-machine';
import { routineForSignals } from '../../../src/core/schedule/nudges';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/schema';
import { controllerOnFakeTime } from '../../support/fakes';

// Tests run in Europe/Berlin (vitest.config.ts). 23 November 2026 is a Monday.
const at = (h: number, m = 0, s = 0) => new Date(2026, 10, 23, h, m, s).getTime();
const hhmm = (t: number) => {
  const d = new Date(t);
  return `${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}${d.getSeconds() ? `:${String(d.getSeconds()).padStart(2, '0')}` : ''}`;
};

const WORKDAY: Settings = {
  ...DEFAULT_SETTINGS,
  quiet: { ...DEFAULT_SETTINGS.quiet, workingHoursEnabled: true },
  hydration: { ...DEFAULT_SETTINGS.hydration, reminders: false },
  breaks: { ...DEFAULT_SETTINGS.breaks, nudges: false },
};

/** A working day on a fake clock, with the host's timer and a person who answers as told. */
function day(rules: Settings = WORKDAY, start = at(8, 30)) {
  const { clock, scheduler, app } = controllerOnFakeTime(rules, start);
  const effects: (ReminderEffect & { at: string })[] = [];
  let answer: ((e: ReminderEffect) => void) | null = null;
  app.onAlert((e) => {
    effects.push({ ...e, at: hhmm(clock.now()) });
    answer?.(e);
  });
  const takeEveryBreak = () => {
    answer = (e) => {
      if (e.type === 'break-due')
        queueMicrotask(() => app.dispatch({ type: 'start-routine', routineId: e.routineId, kind: e.kind }));
    };
  };
  const runTo = async (t: number) => {
    // Step minute by minute so the person's answers (microtasks) land before the next timer.
    while (clock.now() < t) {
      scheduler.advanceTo(Math.min(t, clock.now() + MINUTE_MS));
      await Promise.resolve();
    }
  };
  const dues = () =>
    effects.filter((e) => e.type === 'break-due').map((e) => `${e.at} ${e.type === 'break-due' ? e.kind : ''}`);
  return { clock, app, effects, runTo, takeEveryBreak, dues, answer: (f: (e: ReminderEffect) => void) => (answer = f) };
}

describe('break rhythm over a simulated working day', () => {
  it('offers micro-breaks every 25 minutes and movement breaks every hour, with a warning first', async () => {
    const d = day();
    d.takeEveryBreak();
    await d.runTo(at(11, 5));
    expect(d.dues()).toEqual([
      '09:25 micro',
      '09:50 micro',
      '10:00 movement',
      '10:25 micro',
      '10:50 micro',
      '11:00 movement',
    ]);
    const warnings = d.effects.filter((e) => e.type === 'break-warning').map((e) => e.at);
    expect(warnings.slice(0, 2)).toEqual(['09:24:30', '09:49:30']);
  });

  it('nothing before or after working hours', async () => {
    const d = day();
    d.takeEveryBreak();
    await d.runTo(at(23, 0));
    const times = d.effects.filter((e) => e.type === 'break-due' || e.type === 'break-warning').map((e) => e.at);
    expect(times.every((t) => t >= '09:00' && t <= '17:30')).toBe(true);
    expect(d.dues().at(-1)).toBe('17:25 micro');
  });

  it('postponing is limited: two postponements, then the offer has no postpone button', async () => {
    const d = day();
    d.answer((e) => {
      if (e.type === 'break-due') queueMicrotask(() => d.app.dispatch({ type: 'postpone-break' }));
    });
    await d.runTo(at(9, 41));
    const offers = d.effects.filter((e) => e.type === 'break-due');
    expect(offers.map((e) => [e.at, e.type === 'break-due' && e.canPostpone])).toEqual([
      ['09:25', true],
      ['09:30', true],
      ['09:35', false],
    ]);
    expect(d.app.state.breaks.due).toBe('micro');
  });

  it('a natural break (idle at least as long as the break) restarts the rhythm', async () => {
    const d = day();
    d.takeEveryBreak();
    await d.runTo(at(9, 20));
    d.app.dispatch({ type: 'report-system', system: { idleMs: 60_000 } });
    d.app.dispatch({ type: 'report-system', system: { idleMs: 0 } });
    await d.runTo(at(9, 50));
    expect(d.dues()).toEqual(['09:45 micro']);
  });

  it('the laptop asleep over lunch: no breaks while asleep, a fresh rhythm after', async () => {
    const d = day();
    d.takeEveryBreak();
    await d.runTo(at(12, 0));
    const before = d.dues().length;
    d.app.dispatch({ type: 'report-system', system: { suspended: true } });
    d.clock.advance(HOUR_MS); // asleep: no timer fires
    d.app.dispatch({ type: 'report-system', system: { suspended: false } });
    await d.runTo(at(14, 1));
    expect(d.dues().slice(before)).toEqual(['13:25 micro', '13:50 micro', '14:00 movement']);
  });

  it('a clock jump of hours without a sleep report does not fire a pile of overdue breaks', async () => {
    const d = day();
    d.takeEveryBreak();
    await d.runTo(at(9, 10));
    d.clock.advance(5 * HOUR_MS);
    d.app.tick();
    expect(d.dues()).toEqual([]);
    expect(d.app.state.breaks.timers.micro.dueAt).toBe(at(14, 35));
  });
});

describe('water through the day', () => {
  it('spreads reminders over the working day and adapts to what was drunk', async () => {
    const d = day({
      ...WORKDAY,
      breaks: { ...WORKDAY.breaks, microEnabled: false, movementEnabled: false },
      hydration: DEFAULT_SETTINGS.hydration,
    });
    d.answer((e) => {
      if (e.type === 'water-due') queueMicrotask(() => d.app.dispatch({ type: 'log-water' }));
    });
    await d.runTo(at(18, 0));
    const reminders = d.effects
      .filter((e) => e.type === 'water-due')
      .map((e) => at(...(e.at.split(':').map(Number) as [number, number])));
    expect(reminders.length).toBeGreaterThanOrEqual(6);
    expect(reminders.length).toBeLessThanOrEqual(8);
    const gaps = reminders.slice(1).map((t, i) => t - reminders[i]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(20 * MINUTE_MS);
    expect(Math.max(...gaps)).toBeLessThanOrEqual(2 * HOUR_MS);
    expect(hhmm(reminders[0]!) >= '09:00' && hhmm(reminders.at(-1)!) <= '17:30').toBe(true);
  });

  it('stops once the goal is met', async () => {
    const d = day({ ...WORKDAY, hydration: DEFAULT_SETTINGS.hydration }, at(9, 0));
    for (let i = 0; i < 8; i++) d.app.dispatch({ type: 'log-water' });
    await d.runTo(at(17, 0));
    expect(d.effects.filter((e) => e.type === 'water-due')).toEqual([]);
  });
});

describe('posture-driven nudges', () => {
  const posture = (kind: PostureState['kind'], signals: PostureState['signals'] = []): PostureState => ({
    kind,
    since: 0,
    score: kind === 'slouching' ? 1.5 : 0.2,
    signals,
  });

  it('proposes a posture reset after 3 slouches in 30 minutes, once per window', async () => {
    const d = day(
      { ...WORKDAY, breaks: { ...WORKDAY.breaks, microEnabled: false, movementEnabled: false, nudges: true } },
      at(9, 0),
    );
    for (const minute of [0, 8, 16, 20]) {
      await d.runTo(at(9, minute));
      d.app.dispatch({ type: 'report-posture', state: posture('slouching', ['forwardHead']) });
      d.app.dispatch({ type: 'report-posture', state: posture('good') });
    }
    const nudges = d.effects.filter((e) => e.type === 'nudge');
    expect(nudges).toEqual([expect.objectContaining({ routineId: 'postureReset', at: '09:16' })]);
    expect(d.app.state.nudges.offered).toBe('postureReset');
    d.app.dispatch({ type: 'start-routine', routineId: 'postureReset', kind: 'micro' });
    expect(d.app.state.nudges.offered).toBeNull();
    expect(d.effects.at(-1)).toMatchObject({ type: 'withdraw-offer', channel: 'nudge' });
  });

  it('answers a trunk that let go (what made the slouch most) with Pilates, a head with a posture reset', () => {
    expect(routineForSignals(['leanBack', 'headDrop'])).toBe('pilatesBreak');
    expect(routineForSignals(['sink'])).toBe('pilatesBreak');
    expect(routineForSignals(['shoulderTilt', 'neck'])).toBe('pilatesBreak');
    expect(routineForSignals(['headDrop', 'sink'])).toBe('postureReset');
    expect(routineForSignals(['forwardHead'])).toBe('postureReset');
    expect(routineForSignals([])).toBe('postureReset');
  });
});
