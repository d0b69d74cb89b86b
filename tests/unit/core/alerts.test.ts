import { describe, expect, it } from 'vitest';
import { nextQuietChange, quietStatus, workingHoursAt, IDLE_SYSTEM } from '../../../src/core/alerts/quiet-rules';
import type { ReminderEffect } from '../../../src/core/app/app-controller';
import { shouldCameraRun } from '../../../src/core/app/app-state';
import { HOUR_MS, MINUTE_MS } from '../../../src/core/clock';
import type { PostureState } from '../../../src/core/posture/state-machine';
import {
  DEFAULT_ALERTS,
  DEFAULT_QUIET,
  DEFAULT_SETTINGS,
  type AlertSettings,
  type QuietSettings,
} from '../../../src/core/settings/schema';
import { controllerOnFakeTime, ONLY_PAUSES } from '../../support/fakes';

// Tests run in Europe/Berlin (vitest.config.ts). 23 November 2026 is a Monday.
const MON_0900 = new Date(2026, 10, 23, 9, 0).getTime();
const FRI_1800 = new Date(2026, 10, 27, 18, 0).getTime();
const OFFICE: QuietSettings = { ...DEFAULT_QUIET, workingHoursEnabled: true };

const posture = (kind: PostureState['kind'], since: number): PostureState => ({
  kind,
  since,
  score: kind === 'slouching' ? 1.4 : 0.2,
  signals: kind === 'slouching' ? ['headDrop'] : [],
});

/** A controller on a fake clock and fake timers, recording what the host would show. */
function setup(alerts: Partial<AlertSettings> = {}, quiet: QuietSettings = DEFAULT_QUIET, time = MON_0900) {
  const { clock, scheduler, app } = controllerOnFakeTime(
    { ...ONLY_PAUSES, alerts: { ...DEFAULT_ALERTS, screenGlow: true, ...alerts }, quiet },
    time,
  );
  const effects: (ReminderEffect & { at: number })[] = [];
  app.onAlert((e) => effects.push({ ...e, at: clock.now() }));
  const report = (kind: PostureState['kind']) =>
    app.dispatch({ type: 'report-posture', state: posture(kind, clock.now()) });
  const notifications = () => effects.filter((e) => e.type === 'notify');
  /** Lets time pass with the host's timers firing as they would. */
  const wait = (ms: number) => scheduler.advanceTo(clock.now() + ms);
  return { clock, app, effects, report, notifications, wait };
}

describe('workingHoursAt', () => {
  it('is always inside when working hours are off', () => {
    expect(workingHoursAt(DEFAULT_QUIET, FRI_1800)).toEqual({ inside: true, nextChange: null });
  });

  it('knows when the day ends and when the next one begins, skipping the weekend', () => {
    expect(workingHoursAt(OFFICE, MON_0900)).toEqual({
      inside: true,
      nextChange: new Date(2026, 10, 23, 17, 30).getTime(),
    });
    expect(workingHoursAt(OFFICE, FRI_1800)).toEqual({
      inside: false,
      nextChange: new Date(2026, 10, 30, 9, 0).getTime(),
    });
  });

  it('runs a night shift past midnight into the next day, DST night included', () => {
    const nights = (start: number, end: number) => ({
      ...OFFICE,
      workingHours: OFFICE.workingHours.map((d, day) => ({ enabled: day >= 1 && day <= 5, start, end })),
    });
    const at = (date: number, hour: number) => new Date(2026, 10, date, hour, 0).getTime();
    // Monday to Friday, 22:00 to 06:00 the next morning.
    const night = nights(22 * 60, 6 * 60);
    expect(workingHoursAt(night, at(23, 21))).toEqual({ inside: false, nextChange: at(23, 22) });
    expect(workingHoursAt(night, at(23, 23))).toEqual({ inside: true, nextChange: at(24, 6) });
    expect(workingHoursAt(night, at(24, 3))).toEqual({ inside: true, nextChange: at(24, 6) });
    expect(workingHoursAt(night, at(24, 7))).toEqual({ inside: false, nextChange: at(24, 22) });
    // Friday's night ends on Saturday morning; Saturday has none.
    expect(workingHoursAt(night, at(28, 5))).toEqual({ inside: true, nextChange: at(28, 6) });
    expect(workingHoursAt(night, at(28, 7))).toEqual({ inside: false, nextChange: at(30, 22) });
    // Days that meet are one period: whole days Monday to Friday change nothing until Saturday.
    expect(workingHoursAt(nights(0, 24 * 60), at(24, 12))).toEqual({ inside: true, nextChange: at(28, 0) });
    // The night the clocks go back (25 October 2026, Europe/Berlin) is an hour longer, still to 06:00.
    const autumn = new Date(2026, 9, 24, 23, 0).getTime();
    const everyNight = { ...night, workingHours: night.workingHours.map((d) => ({ ...d, enabled: true })) };
    expect(workingHoursAt(everyNight, autumn)).toEqual({
      inside: true,
      nextChange: new Date(2026, 9, 25, 6, 0).getTime(),
    });
    expect(new Date(2026, 9, 25, 6, 0).getTime() - autumn).toBe(8 * HOUR_MS);
  });

  it('never begins when every day is switched off', () => {
    const none = { ...OFFICE, workingHours: OFFICE.workingHours.map((d) => ({ ...d, enabled: false })) };
    expect(workingHoursAt(none, MON_0900)).toEqual({ inside: false, nextChange: null });
  });
});

describe('quietStatus', () => {
  const system = { ...IDLE_SYSTEM };
  it('ranks sleep and lock above a pause, and a pause above the schedule', () => {
    const pause = { until: MON_0900 + HOUR_MS, kind: 'pause' as const };
    expect(quietStatus(pause, { ...system, suspended: true, locked: true }, OFFICE, MON_0900)?.reason).toBe(
      'suspended',
    );
    expect(quietStatus(pause, { ...system, locked: true }, OFFICE, MON_0900)?.reason).toBe('locked');
    expect(quietStatus(pause, system, OFFICE, MON_0900)).toEqual({ reason: 'paused', resumesAt: MON_0900 + HOUR_MS });
    expect(quietStatus(null, system, OFFICE, FRI_1800)?.reason).toBe('off-hours');
  });

  it('applies the optional rules only when they are switched on', () => {
    const onBattery = { ...system, onBattery: true, fullscreen: true };
    expect(quietStatus(null, onBattery, DEFAULT_QUIET, MON_0900)).toBeNull();
    expect(quietStatus(null, onBattery, { ...DEFAULT_QUIET, pauseOnBattery: true }, MON_0900)?.reason).toBe(
      'on-battery',
    );
    expect(quietStatus(null, onBattery, { ...DEFAULT_QUIET, pauseOnFullscreen: true }, MON_0900)?.reason).toBe(
      'fullscreen',
    );
    expect(
      quietStatus(null, { ...system, locked: true }, { ...DEFAULT_QUIET, pauseOnLock: false }, MON_0900),
    ).toBeNull();
  });

  it('finds the next scheduled change, whichever comes first', () => {
    const pause = { until: MON_0900 + 10 * HOUR_MS, kind: 'pause' as const };
    expect(nextQuietChange(pause, OFFICE, MON_0900)).toBe(new Date(2026, 10, 23, 17, 30).getTime());
    expect(nextQuietChange(pause, DEFAULT_QUIET, MON_0900)).toBe(MON_0900 + 10 * HOUR_MS);
  });
});

describe('the alert ladder', () => {
  it('notifies once when a slouch is reported, then at most once per cooldown, firmer later', () => {
    const { report, notifications, wait, app } = setup({ cooldownMinutes: 5, escalateAfterMinutes: 10 });
    report('good');
    report('slouching');
    expect(notifications()).toHaveLength(1);
    expect(app.state.alert).toMatchObject({ level: 1, glow: 1 });
    wait(5 * MINUTE_MS - 1);
    expect(notifications()).toHaveLength(1);
    wait(1);
    expect(notifications()).toHaveLength(2);
    wait(5 * MINUTE_MS);
    const third = notifications()[2]!;
    expect(third.type === 'notify' && third.notification.level).toBe(2);
    expect(app.state.alert.glow).toBe(2);
  });

  it('a slouch that comes back within the cooldown changes the glow but sends no second notification', () => {
    const { report, notifications, effects, wait, app } = setup({ cooldownMinutes: 5 });
    report('slouching');
    wait(MINUTE_MS);
    report('good');
    expect(effects.at(-1)?.type).toBe('withdraw');
    expect(app.state.alert).toMatchObject({ level: 0, glow: 0 });
    wait(MINUTE_MS);
    report('slouching');
    expect(notifications()).toHaveLength(1);
    expect(app.state.alert.glow).toBe(1);
    wait(3 * MINUTE_MS);
    expect(notifications()).toHaveLength(2);
  });

  it('"I\'ve sat up" clears the notification and the glow, and gives a full cooldown', () => {
    const { report, notifications, effects, wait, app } = setup({ cooldownMinutes: 5 });
    report('slouching');
    wait(2 * MINUTE_MS);
    app.dispatch({ type: 'acknowledge-alert' });
    expect(effects.at(-1)?.type).toBe('withdraw');
    expect(app.state.alert.glow).toBe(0);
    wait(5 * MINUTE_MS - 1);
    expect(notifications()).toHaveLength(1);
    wait(1);
    expect(notifications()).toHaveLength(2);
    expect(app.state.alert.glow).toBe(0);
  });

  it('honours each step being switched off', () => {
    const { report, notifications, app } = setup({ notification: false, screenGlow: false });
    report('slouching');
    expect(notifications()).toHaveLength(0);
    expect(app.state.alert).toMatchObject({ level: 1, glow: 0 });
    expect(app.nextDeadline()).toBe(MON_0900 + 10 * MINUTE_MS);
  });

  it('snooze withdraws the reminder, stops the camera, and everything resumes after 15 minutes', () => {
    const { report, notifications, effects, wait, app, clock } = setup();
    report('slouching');
    app.dispatch({ type: 'snooze' });
    expect(effects.at(-1)?.type).toBe('withdraw');
    expect(app.state.quiet).toEqual({ reason: 'snoozed', resumesAt: MON_0900 + 15 * MINUTE_MS });
    expect(shouldCameraRun(app.state, clock.now())).toBe(false);
    wait(15 * MINUTE_MS - 1);
    expect(app.state.quiet?.reason).toBe('snoozed');
    wait(1);
    expect(app.state.quiet).toBeNull();
    expect(shouldCameraRun(app.state, clock.now())).toBe(true);
    expect(notifications()).toHaveLength(1);
  });
});

describe('quiet rules in the controller', () => {
  it('nothing fires while the screen is locked; unlocking resumes monitoring', () => {
    const { report, notifications, app, clock } = setup();
    app.dispatch({ type: 'report-system', system: { locked: true } });
    expect(shouldCameraRun(app.state, clock.now())).toBe(false);
    report('slouching');
    expect(notifications()).toHaveLength(0);
    app.dispatch({ type: 'report-system', system: { locked: false } });
    expect(shouldCameraRun(app.state, clock.now())).toBe(true);
  });

  it('a lock in the middle of a slouch withdraws the reminder', () => {
    const { report, effects, app } = setup();
    report('slouching');
    app.dispatch({ type: 'report-system', system: { locked: true } });
    expect(effects.map((e) => e.type)).toEqual(['notify', 'withdraw']);
    expect(app.state.alert.glow).toBe(0);
  });

  it('working hours end and begin by themselves, on the timer', () => {
    const { app, wait, clock } = setup({}, OFFICE);
    expect(app.state.quiet).toBeNull();
    wait(8.5 * HOUR_MS);
    expect(app.state.quiet).toEqual({ reason: 'off-hours', resumesAt: new Date(2026, 10, 24, 9, 0).getTime() });
    expect(shouldCameraRun(app.state, clock.now())).toBe(false);
    wait(15.5 * HOUR_MS);
    expect(app.state.quiet).toBeNull();
  });

  it('"pause until tomorrow" in a night shift lasts the rest of the shift, not until midnight', () => {
    const night = {
      ...OFFICE,
      workingHours: OFFICE.workingHours.map(() => ({ enabled: true, start: 1320, end: 360 })),
    };
    for (const [hour, date] of [
      [23, 23],
      [3, 24],
    ]) {
      const { app } = setup({}, night, new Date(2026, 10, date, hour, 0).getTime());
      app.dispatch({ type: 'pause', duration: 'tomorrow' });
      expect(app.state.pause?.until, `${hour}:00`).toBe(new Date(2026, 10, 24, 6, 0).getTime());
    }
    // A day shift is paused to midnight, as always.
    const { app } = setup({}, OFFICE);
    app.dispatch({ type: 'pause', duration: 'tomorrow' });
    expect(app.state.pause?.until).toBe(new Date(2026, 10, 24, 0, 0).getTime());
  });

  it('nothing fires outside working hours', () => {
    const { report, notifications } = setup({}, OFFICE, FRI_1800);
    report('slouching');
    expect(notifications()).toHaveLength(0);
  });

  it('suspend and resume with a clock jump of hours: the pause that ran out in sleep is gone', () => {
    const { app, clock } = setup();
    app.dispatch({ type: 'pause', duration: '1h' });
    app.dispatch({ type: 'report-system', system: { suspended: true } });
    expect(app.state.quiet?.reason).toBe('suspended');
    // Asleep: no timer runs. The machine wakes five hours later.
    clock.advance(5 * HOUR_MS);
    app.dispatch({ type: 'report-system', system: { suspended: false } });
    expect(app.state.pause).toBeNull();
    expect(app.state.quiet).toBeNull();
  });

  it('turning working hours on takes effect at once', () => {
    const { app, clock } = setup({}, DEFAULT_QUIET, FRI_1800);
    expect(shouldCameraRun(app.state, clock.now())).toBe(true);
    app.configure({ ...DEFAULT_SETTINGS, quiet: OFFICE });
    expect(app.state.quiet?.reason).toBe('off-hours');
  });

  it('"until I resume" needs the person: no deadline, no scheduled end', () => {
    const { app } = setup();
    app.dispatch({ type: 'pause', duration: 'until-resumed' });
    expect(app.state.quiet).toEqual({ reason: 'paused', resumesAt: null });
    expect(app.nextDeadline()).toBeNull();
    app.dispatch({ type: 'resume' });
    expect(app.state.quiet).toBeNull();
  });
});
