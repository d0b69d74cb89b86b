import { describe, expect, it } from 'vitest';
import { AppController } from '../../../src/core/app/app-controller';
import {
  glassesToday,
  isLiveViewActive,
  isPaused,
  LIVE_VIEW_LEASE_MS,
  monitoringStatus,
  shouldCameraRun,
} from '../../../src/core/app/app-state';
import { DeadlineTimer } from '../../../src/core/app/deadline-timer';
import { HOUR_MS, MINUTE_MS } from '../../../src/core/clock';
import { controllerAt, FakeClock, FakeScheduler, MON_0900 } from '../../support/fakes';

// Tests run in Europe/Berlin (vitest.config.ts). Clocks go forward at 02:00 on Sunday 29 March 2026.
const DST_SUNDAY_0100 = new Date(2026, 2, 29, 1, 0).getTime();
const setup = controllerAt;

describe('AppController pauses', () => {
  it.each([
    ['15m', 15 * MINUTE_MS],
    ['1h', HOUR_MS],
  ] as const)('pauses for %s and resumes by itself at the end', (duration, length) => {
    const { clock, app } = setup();
    app.dispatch({ type: 'pause', duration });
    expect(isPaused(app.state, clock.now())).toBe(true);
    expect(app.nextDeadline()).toBe(MON_0900 + length);
    clock.advance(length - 1);
    app.tick();
    expect(app.state.pause).not.toBeNull();
    clock.advance(1);
    app.tick();
    expect(app.state.pause).toBeNull();
    expect(app.nextDeadline()).toBeNull();
  });

  it('"until tomorrow" ends at the next local midnight, also across a DST change', () => {
    const { app } = setup(DST_SUNDAY_0100);
    app.dispatch({ type: 'pause', duration: 'tomorrow' });
    expect(app.state.pause?.until).toBe(new Date(2026, 2, 30, 0, 0).getTime());
    // 23 wall-clock hours to midnight, but only 22 real ones: the night lost an hour.
    expect(app.state.pause!.until - DST_SUNDAY_0100).toBe(22 * HOUR_MS);
  });

  it('resume clears a pause at once', () => {
    const { clock, app } = setup();
    app.dispatch({ type: 'pause', duration: '1h' });
    app.dispatch({ type: 'resume' });
    expect(isPaused(app.state, clock.now())).toBe(false);
  });

  it('releases the camera while paused and reports the paused status', () => {
    const { clock, app } = setup();
    app.dispatch({ type: 'report-camera', status: 'on', reason: null, detail: null });
    expect(monitoringStatus(app.state, clock.now())).toBe('monitoring');
    app.dispatch({ type: 'pause', duration: '15m' });
    expect(shouldCameraRun(app.state, clock.now())).toBe(false);
    expect(monitoringStatus(app.state, clock.now())).toBe('paused');
  });

  it('drops a stored pause that ran out while the app was not running', () => {
    const { store } = setup();
    const first = new AppController(new FakeClock(MON_0900), store);
    first.dispatch({ type: 'pause', duration: '15m' });
    const later = new AppController(new FakeClock(MON_0900 + HOUR_MS), store);
    expect(later.state.pause).toBeNull();
  });
});

describe('AppController water and camera', () => {
  it('counts glasses per local day, undoes without going negative, and starts fresh the next day', () => {
    const { clock, app } = setup();
    app.dispatch({ type: 'log-water' });
    app.dispatch({ type: 'log-water' });
    expect(glassesToday(app.state, clock.now())).toBe(2);
    app.dispatch({ type: 'undo-water' });
    app.dispatch({ type: 'undo-water' });
    app.dispatch({ type: 'undo-water' });
    expect(glassesToday(app.state, clock.now())).toBe(0);
    app.dispatch({ type: 'log-water' });
    clock.advance(24 * HOUR_MS);
    expect(glassesToday(app.state, clock.now())).toBe(0);
    app.dispatch({ type: 'log-water' });
    expect(glassesToday(app.state, clock.now())).toBe(1);
  });

  it('persists every change and restores it, but never a stale camera status', () => {
    const { store, app } = setup();
    app.dispatch({ type: 'log-water' });
    app.dispatch({ type: 'report-camera', status: 'on', reason: null, detail: null });
    const restored = new AppController(new FakeClock(MON_0900 + MINUTE_MS), store);
    expect(glassesToday(restored.state, MON_0900)).toBe(1);
    expect(restored.state.camera.status).toBe('off');
  });

  it('starts clean when the stored state is corrupt', () => {
    const { app } = setup(MON_0900, { pause: 'forever', water: 3 });
    expect(app.state.pause).toBeNull();
    expect(app.state.water.glasses).toBe(0);
  });

  it('does not notify when the camera reports the same status twice', () => {
    const { app } = setup();
    let changes = 0;
    app.subscribe(() => changes++);
    app.dispatch({ type: 'report-camera', status: 'denied', reason: 'denied', detail: null });
    app.dispatch({ type: 'report-camera', status: 'denied', reason: 'denied', detail: null });
    expect(changes).toBe(1);
    // The same status for another reason is news.
    app.dispatch({ type: 'report-camera', status: 'no-camera', reason: 'not-found', detail: null });
    app.dispatch({ type: 'report-camera', status: 'no-camera', reason: 'disconnected', detail: null });
    expect(changes).toBe(3);
    expect(app.state.camera).toEqual({ status: 'no-camera', reason: 'disconnected', detail: null });
    expect(monitoringStatus(app.state, MON_0900)).toBe('camera-off');
  });

  it('loads a state stored before camera reasons existed, keeping its pause', () => {
    const { app: first } = setup();
    first.dispatch({ type: 'pause', duration: '1h' });
    const older = { ...first.state, camera: { status: 'denied', detail: 'Camera access was denied.' } };
    const { app } = setup(MON_0900, JSON.parse(JSON.stringify(older)));
    // Still valid, so nothing is lost; the camera itself starts afresh, off, as it always does.
    expect(app.state.pause?.until).toBe(MON_0900 + HOUR_MS);
    expect(app.state.camera).toEqual({ status: 'off', reason: null, detail: null });
  });

  it('reports an error status above everything else', () => {
    const { app } = setup();
    app.dispatch({ type: 'pause', duration: '1h' });
    app.dispatch({ type: 'report-camera', status: 'error', reason: null, detail: 'worker crashed' });
    expect(monitoringStatus(app.state, MON_0900)).toBe('error');
  });
});

/** A controller whose deadlines run on a fake scheduler, as the hosts wire it. */
function setupWithTimer() {
  const { clock, app } = setup();
  const scheduler = new FakeScheduler(clock);
  const timer = new DeadlineTimer(
    scheduler,
    () => clock.now(),
    () => app.nextDeadline(),
    () => app.tick(),
  );
  return { clock, app, scheduler, timer };
}

describe('DeadlineTimer', () => {
  it('resumes a pause on time through the host timer', () => {
    const { app, scheduler, timer } = setupWithTimer();
    app.subscribe(() => timer.rearm());
    app.dispatch({ type: 'pause', duration: '15m' });
    scheduler.advanceTo(MON_0900 + 15 * MINUTE_MS - 1);
    expect(app.state.pause).not.toBeNull();
    scheduler.advanceTo(MON_0900 + 15 * MINUTE_MS);
    expect(app.state.pause).toBeNull();
    expect(scheduler.pending).toBe(0);
  });

  it('notices a clock jump (suspend) within a minute instead of waiting out a long timer', () => {
    const { clock, app, scheduler, timer } = setupWithTimer();
    app.subscribe(() => timer.rearm());
    app.dispatch({ type: 'pause', duration: '1h' });
    // The machine sleeps: wall time jumps 3 h while no timer ran.
    clock.advance(3 * HOUR_MS);
    scheduler.advanceTo(clock.now() + MINUTE_MS);
    expect(app.state.pause).toBeNull();
  });

  it('keeps at most one timer armed', () => {
    const { app, scheduler, timer } = setupWithTimer();
    for (let i = 0; i < 100; i++) {
      app.dispatch({ type: 'pause', duration: '1h' });
      timer.rearm();
    }
    expect(scheduler.pending).toBe(1);
    timer.cancel();
    expect(scheduler.pending).toBe(0);
  });
});

describe('AppController pose engine and live view', () => {
  const report = {
    type: 'report-pose-engine',
    status: 'ready',
    reason: null,
    detail: null,
    backend: 'wasm',
    inferenceMs: 22,
    modelLoadMs: 400,
    probed: true,
  } as const;

  it('caches the probed backend across restarts but not the live worker status', () => {
    const { store, app } = setup();
    app.dispatch(report);
    expect(app.state.pose).toMatchObject({ status: 'ready', backend: 'wasm', inferenceMs: 22, probedAt: MON_0900 });
    const restarted = new AppController(new FakeClock(MON_0900 + HOUR_MS), store);
    expect(restarted.state.pose).toMatchObject({
      status: 'idle',
      backend: 'wasm',
      inferenceMs: 22,
      probedAt: MON_0900,
    });
  });

  it('keeps the cached backend from a state stored before pose engine reasons existed', () => {
    const { app: first } = setup();
    first.dispatch(report);
    const { reason: _none, ...older } = first.state.pose;
    const { app } = setup(MON_0900, JSON.parse(JSON.stringify({ ...first.state, pose: older })));
    expect(app.state.pose).toMatchObject({ status: 'idle', reason: null, backend: 'wasm', probedAt: MON_0900 });
  });

  it('keeps the probe figures when a later start reuses the cached backend', () => {
    const { app } = setup();
    app.dispatch(report);
    app.dispatch({ ...report, inferenceMs: null, modelLoadMs: 300, probed: false });
    expect(app.state.pose).toMatchObject({ inferenceMs: 22, modelLoadMs: 300, probedAt: MON_0900 });
  });

  it('reports a failed pose engine as an error in the tray status', () => {
    const { app } = setup();
    app.dispatch({
      ...report,
      status: 'failed',
      reason: 'model-missing',
      detail: 'model.json: 404',
      backend: null,
      probed: false,
    });
    expect(monitoringStatus(app.state, MON_0900)).toBe('error');
  });

  it('holds the live view only while its lease is renewed', () => {
    const { clock, app } = setup();
    app.dispatch({ type: 'keep-live-view' });
    expect(isLiveViewActive(app.state, clock.now())).toBe(true);
    clock.advance(LIVE_VIEW_LEASE_MS + 1);
    expect(isLiveViewActive(app.state, clock.now())).toBe(false);
    app.dispatch({ type: 'keep-live-view' });
    app.dispatch({ type: 'end-live-view' });
    expect(isLiveViewActive(app.state, clock.now())).toBe(false);
  });
});
