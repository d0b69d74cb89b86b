import { describe, expect, it } from 'vitest';
import type { Settings } from '../../../src/core/settings/schema';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/schema';
import {
  ReminderNotifier,
  type NotificationAdapter,
  type NotificationRequest,
} from '../../../electron/main/reminder-notifier';
import { SCENE_CHANGE_MS } from '../../../src/core/app/recalibration';
import { calibrate } from '../../../src/core/posture/calibration';
import { postureFeatures } from '../../../src/core/posture/features';
import { controller, NOW, slouch, sitUp } from '../../support/alerting';
import { seatedPose } from '../../support/poses';
import { FakeClock, ONLY_PAUSES } from '../../support/fakes';

class FakeNotifications implements NotificationAdapter {
  shown: { request: NotificationRequest; closed: boolean; onAction: (i: number) => void; onClick: () => void }[] = [];
  constructor(private readonly actions: boolean) {}
  isSupported() {
    return true;
  }
  supportsActions() {
    return this.actions;
  }
  show(request: NotificationRequest, handlers: { onAction: (i: number) => void; onClick: () => void }) {
    const entry = { request, closed: false, ...handlers };
    this.shown.push(entry);
    return { close: () => void (entry.closed = true) };
  }
}

const seatedBaseline = calibrate([
  { features: postureFeatures(seatedPose()), earSpanRatio: null, noseAboveShoulders: null },
]);

describe('ReminderNotifier', () => {
  function setup(actions: boolean, rules?: Settings) {
    const { app, clock } = controller(new FakeClock(NOW), rules);
    const adapter = new FakeNotifications(actions);
    const opened: string[] = [];
    const notifier = new ReminderNotifier({
      adapter,
      translate: (key, params) => `${key}${params?.hint ? `(${String(params.hint)})` : ''}`,
      now: () => clock.now(),
      settings: () => rules ?? DEFAULT_SETTINGS,
      app,
      openDashboard: (route) => opened.push(route),
    });
    app.onAlert((e) => notifier.handle(e));
    return { app, adapter, opened, clock };
  }

  it('shows a friendly reminder with a hint for the signal, and its answers as buttons', () => {
    const { app, adapter } = setup(true);
    slouch(app, NOW);
    expect(adapter.shown).toHaveLength(1);
    const { request } = adapter.shown[0]!;
    expect(request.title).toBe('alerts.title1');
    expect(request.body).toBe('alerts.body1(alerts.hints.forwardHead)');
    expect(request.actions).toEqual(['alerts.satUp', 'alerts.snooze', 'offers.postureBreak']);
    expect(request.silent).toBe(true);
  });

  it('"I\'ve sat up" clears it; "Snooze" pauses for 15 minutes', () => {
    const { app, adapter, clock } = setup(true);
    slouch(app, NOW);
    adapter.shown[0]!.onAction(0);
    expect(adapter.shown[0]!.closed).toBe(true);
    expect(app.state.alert.glow).toBe(0);
    clock.advance(10 * 60_000);
    app.tick();
    expect(adapter.shown).toHaveLength(2);
    adapter.shown[1]!.onAction(1);
    expect(adapter.shown[1]!.closed).toBe(true);
    expect(app.state.quiet).toEqual({ reason: 'snoozed', resumesAt: clock.now() + 15 * 60_000 });
  });

  it('takes the reminder back when posture recovers', () => {
    const { app, adapter } = setup(true);
    slouch(app, NOW);
    sitUp(app, NOW + 1000);
    expect(adapter.shown[0]!.closed).toBe(true);
  });

  it('without buttons (Windows, Linux) the text says to click, and a click opens the dashboard', () => {
    const { app, adapter, opened } = setup(false);
    slouch(app, NOW);
    const entry = adapter.shown[0]!;
    expect(entry.request.actions).toEqual([]);
    expect(entry.request.body).toMatch(/alerts\.clickForOptions$/);
    entry.onClick();
    expect(opened).toEqual(['/']);
  });

  it('"Posture break now" opens the player on the routine that fits the slouch', () => {
    const { app, adapter, opened } = setup(true);
    slouch(app, NOW);
    adapter.shown[0]!.onAction(2);
    expect(opened).toEqual(['/player/postureReset']);
  });

  it('a slouch that persists past the escalation also offers "I\'m sitting well", which opens calibration', () => {
    const { app, adapter, opened, clock } = setup(true);
    slouch(app, NOW);
    clock.advance(DEFAULT_SETTINGS.alerts.escalateAfterMinutes * 60_000);
    app.tick();
    const firm = adapter.shown.at(-1)!;
    expect(firm.request.title).toBe('alerts.title2');
    expect(firm.request.actions).toEqual([
      'alerts.satUp',
      'alerts.snooze',
      'offers.postureBreak',
      'alerts.sittingWell',
    ]);
    firm.onAction(3);
    expect(opened).toEqual(['/calibrate']);
  });

  it('a slouch seen since the camera began to see another place says a changed set-up may be why, and offers "I\'m sitting well" at once', () => {
    const { app, adapter, opened, clock } = setup(true);
    app.dispatch({ type: 'save-calibration', name: 'Laptop', baseline: seatedBaseline, floors: {} });
    slouch(app, clock.now());
    expect(adapter.shown.at(-1)!.request.body).toBe('alerts.body1(alerts.hints.forwardHead)');
    sitUp(app, clock.now());
    app.dispatch({ type: 'report-scene', matches: false });
    clock.advance(Math.max(SCENE_CHANGE_MS, DEFAULT_SETTINGS.alerts.cooldownMinutes * 60_000));
    slouch(app, clock.now());
    const { request } = adapter.shown.at(-1)!;
    expect(request.title).toBe('alerts.title1');
    expect(request.body).toBe('alerts.body1(alerts.hints.forwardHead) alerts.setupChanged.scene');
    expect(request.actions).toEqual(['alerts.satUp', 'alerts.snooze', 'offers.postureBreak', 'alerts.sittingWell']);
    adapter.shown.at(-1)!.onAction(3);
    expect(opened).toEqual(['/calibrate']);
  });

  const breaksOnly = (strict: boolean): Settings => ({
    ...ONLY_PAUSES,
    breaks: { ...ONLY_PAUSES.breaks, movementEnabled: true, warningSeconds: 0, strict },
  });

  it('offers a due break with Start, Postpone and Skip, and takes it back once answered', () => {
    const { app, adapter, opened, clock } = setup(true, breaksOnly(false));
    clock.advance(60 * 60_000);
    app.tick();
    const offer = adapter.shown.at(-1)!;
    expect(offer.request.body).toBe('offers.breakDue');
    expect(offer.request.actions).toEqual(['offers.startBreak', 'offers.postpone', 'offers.skip']);
    offer.onAction(1);
    expect(offer.closed).toBe(true);
    expect(app.state.breaks.due).toBeNull();
    clock.advance(5 * 60_000);
    app.tick();
    adapter.shown.at(-1)!.onAction(0);
    expect(opened).toEqual(['/player/movementBreak']);
  });

  it('in strict mode a due break opens the player by itself, with no way to skip', () => {
    const { app, adapter, opened, clock } = setup(true, breaksOnly(true));
    clock.advance(60 * 60_000);
    app.tick();
    expect(opened).toEqual(['/player/movementBreak']);
    expect(adapter.shown.at(-1)!.request.actions).toEqual(['offers.startBreak']);
  });
});
