import { describe, expect, it } from 'vitest';
import { AppController, type CoreCommand } from '../../../src/core/app/app-controller';
import type { AppState } from '../../../src/core/app/app-state';
import type { ReminderEffect } from '../../../src/core/app/derive-state';
import { HOUR_MS, MINUTE_MS } from '../../../src/core/clock';
import type { PostureState } from '../../../src/core/posture/state-machine';
import { NO_NUDGE, stepNudges } from '../../../src/core/schedule/nudges';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/schema';
import { controllerOnFakeTime, FakeClock, MemoryStore, MON_0900, ONLY_PAUSES } from '../../support/fakes';

/**
 * The wall clock set back (an NTP correction after a wrong boot time, a dual-boot machine's
 * clock read as local time, a hand correction) leaves every stamp taken before it in the future.
 * Nothing may then wait as long again as the clock went back.
 */
const SET_BACK = 3 * HOUR_MS;
const EVERYTHING: Settings = { ...DEFAULT_SETTINGS, breaks: { ...DEFAULT_SETTINGS.breaks, nudges: false } };

function onFakeTime(rules: Settings = EVERYTHING) {
  const run = controllerOnFakeTime(rules, MON_0900);
  const effects: ReminderEffect[] = [];
  run.app.onAlert((e) => effects.push(e));
  /** Lets real time pass (the host's timers fire) until `ms` from now. */
  const wait = (ms: number) => run.scheduler.advanceTo(run.clock.now() + ms);
  const setBack = () => run.scheduler.setClockTo(run.clock.now() - SET_BACK);
  return { ...run, effects, wait, setBack };
}

const slouching = (since: number): PostureState => ({ kind: 'slouching', since, score: 2, signals: ['headDrop'] });

describe('a clock set back', () => {
  it('delays no break: the next comes within its interval of the change, not hours later', () => {
    const { effects, wait, setBack } = onFakeTime();
    wait(10 * MINUTE_MS);
    setBack();
    wait(EVERYTHING.breaks.microIntervalMinutes * MINUTE_MS + MINUTE_MS);
    expect(effects.filter((e) => e.type === 'break-due').map((e) => e.type === 'break-due' && e.kind)).toEqual([
      'micro',
    ]);
  });

  it('ends a snooze and a timed pause no later than they would end if started now', () => {
    for (const command of [{ type: 'snooze' }, { type: 'pause', duration: '1h' }] as CoreCommand[]) {
      const { app, wait, setBack } = onFakeTime(ONLY_PAUSES);
      app.dispatch(command);
      wait(MINUTE_MS);
      setBack();
      wait(HOUR_MS + MINUTE_MS);
      expect(app.state.pause, command.type).toBeNull();
    }
  });

  it('ends the calibration and live-view leases, so posture is judged again and the camera slows down', () => {
    const { app, clock, wait, setBack } = onFakeTime(ONLY_PAUSES);
    app.dispatch({ type: 'keep-calibrating' });
    app.dispatch({ type: 'keep-live-view' });
    setBack();
    wait(MINUTE_MS);
    expect(app.state.calibratingUntil).toBeLessThanOrEqual(clock.now());
    expect(app.state.liveViewUntil).toBeLessThanOrEqual(clock.now());
  });

  it('plans the next glass of water afresh', () => {
    const { app, clock, wait, setBack } = onFakeTime({
      ...ONLY_PAUSES,
      hydration: { ...DEFAULT_SETTINGS.hydration, reminders: true },
    });
    app.dispatch({ type: 'log-water' });
    setBack();
    wait(MINUTE_MS);
    expect(app.state.hydration.nextAt! - clock.now()).toBeLessThanOrEqual(2 * HOUR_MS);
  });

  it('lets a slouch that goes on be reminded of again after one cooldown, and counts a changed scene from now', () => {
    const { app, clock, effects, wait, setBack } = onFakeTime(ONLY_PAUSES);
    app.dispatch({ type: 'report-posture', state: slouching(clock.now()) });
    app.dispatch({ type: 'report-scene', matches: false });
    expect(effects.filter((e) => e.type === 'notify')).toHaveLength(1);
    setBack();
    app.dispatch({ type: 'report-posture', state: slouching(clock.now()) });
    expect(app.state.scene.differsSince).toBe(clock.now());
    wait(DEFAULT_SETTINGS.alerts.cooldownMinutes * MINUTE_MS);
    expect(effects.filter((e) => e.type === 'notify')).toHaveLength(2);
  });
});

describe('a clock set back, for recurring-slouch nudges', () => {
  it('waits one nudge period from the change, not the hours it went back as well', () => {
    const settings = { ...DEFAULT_SETTINGS.breaks, nudges: true, nudgeEpisodes: 2, nudgeWindowMinutes: 30 };
    const slouch = { signals: ['headDrop'] as const };
    let state = stepNudges(NO_NUDGE, slouch, settings, MON_0900).nudges;
    state = stepNudges(state, slouch, settings, MON_0900 + MINUTE_MS).nudges;
    expect(state.offered).toBe('postureReset');
    const back = MON_0900 - SET_BACK;
    // Slouching keeps recurring after the change: a period after it, it is nudged again.
    state = stepNudges({ ...state, offered: null }, slouch, settings, back).nudges;
    state = stepNudges(state, slouch, settings, back + 20 * MINUTE_MS).nudges;
    const again = stepNudges(state, slouch, settings, back + 30 * MINUTE_MS);
    expect(again.propose).toBe('postureReset');
  });
});

describe('many commands, with the clock going back and forth (seeded)', () => {
  it('never leaves a break, a glass, a pause or a lease further ahead than it can be set, and always reads back', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
    const commands: (() => CoreCommand)[] = [
      () => ({ type: 'pause', duration: pick(['15m', '1h', 'tomorrow'] as const) }),
      () => ({ type: 'resume' }),
      () => ({ type: 'snooze' }),
      () => ({ type: 'log-water' }),
      () => ({ type: 'keep-calibrating' }),
      () => ({ type: 'keep-live-view' }),
      () => ({ type: 'report-posture', state: slouching(clock.now()) }),
      () => ({ type: 'report-posture', state: { kind: 'good', since: clock.now(), score: 0, signals: [] } }),
      () => ({ type: 'report-scene', matches: random() < 0.5 }),
      () => ({ type: 'report-system', system: { idleMs: Math.floor(random() * 10 * MINUTE_MS) } }),
      () => ({ type: 'postpone-break' }),
      () => ({ type: 'skip-break' }),
      () => ({ type: 'start-routine', routineId: 'deskReset', kind: pick(['micro', 'movement'] as const) }),
    ];
    const { microIntervalMinutes, movementIntervalMinutes } = EVERYTHING.breaks;
    const farthest = {
      micro: microIntervalMinutes * MINUTE_MS,
      movement: movementIntervalMinutes * MINUTE_MS,
    };
    let clock = new FakeClock(MON_0900);
    for (let run = 0; run < 6; run++) {
      clock = new FakeClock(MON_0900 + Math.floor(random() * 30 * 24 * HOUR_MS));
      const store = new MemoryStore<AppState>();
      const app = new AppController(clock, store, EVERYTHING);
      for (let step = 0; step < 1500; step++) {
        const r = random();
        clock.advance(r < 0.04 ? -Math.floor(random() * 5 * HOUR_MS) : Math.floor(random() * 5 * MINUTE_MS));
        if (r < 0.04 || random() < 0.3) app.tick();
        else app.dispatch(pick(commands)());
        const s = app.state;
        const now = clock.now();
        if (!s.quiet && s.breaks.due === null) {
          expect(s.breaks.timers.micro.dueAt - now).toBeLessThanOrEqual(farthest.micro);
          expect(s.breaks.timers.movement.dueAt - now).toBeLessThanOrEqual(farthest.movement);
        }
        if (!s.quiet && s.hydration.nextAt !== null) expect(s.hydration.nextAt - now).toBeLessThanOrEqual(2 * HOUR_MS);
        if (s.pause && s.pause.duration !== 'tomorrow') expect(s.pause.until - now).toBeLessThanOrEqual(HOUR_MS);
        expect(Math.max(s.calibratingUntil, s.liveViewUntil) - now).toBeLessThanOrEqual(MINUTE_MS);
        expect(
          new AppController(clock, new MemoryStore(structuredClone(store.stored)), EVERYTHING).recovery,
        ).toBeNull();
      }
    }
  });
});
