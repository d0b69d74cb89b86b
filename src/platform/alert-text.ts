import type { AlertNotification } from '../core/alerts/alert-ladder';
import type { CoreCommand, ReminderEffect } from '../core/app/app-controller';
import type { SetupChange } from '../core/app/recalibration';
import type { OfferChannel } from '../core/app/derive-state';
import { MINUTE_MS } from '../core/clock';
import { findRoutine } from '../core/exercises/routines';
import { routineLength, routineName, type Translate } from './routine-text';
import { customRoutines } from '../core/schedule/break-scheduler';
import { routineForSignals } from '../core/schedule/nudges';
import type { Settings } from '../core/settings/schema';

export type { Translate } from './routine-text';

/**
 * The words of a slouch reminder: friendly, with one hint for the signal that tipped it, and,
 * when the set-up changed since calibration, that this may be why.
 */
export function slouchReminderText(
  t: Translate,
  notification: AlertNotification,
  now: number,
  setupChange: SetupChange | null,
): { title: string; body: string } {
  const signal = notification.signals[0];
  const hint = t(`alerts.hints.${signal ?? 'general'}`);
  const minutes = Math.max(1, Math.round((now - notification.slouchingSince) / MINUTE_MS));
  const body = t(`alerts.body${notification.level}`, { hint, minutes });
  return {
    title: t(`alerts.title${notification.level}`),
    body: setupChange ? `${body} ${t(`alerts.setupChanged.${setupChange}`)}` : body,
  };
}

export type ReminderChannel = 'slouch' | OfferChannel | 'summary';

/** A button on a reminder: run a command, or open a screen (e.g. the exercise player). */
export type ReminderAction = { label: string } & ({ command: CoreCommand } | { route: string });

export interface ReminderView {
  channel: ReminderChannel;
  /** What to show, or null to take back what this channel shows. */
  show: { title: string; body: string; silent: boolean; actions: ReminderAction[] } | null;
}

function routineLabel(t: Translate, id: string, settings: Settings): { name: string; length: string } {
  const routine = findRoutine(id, customRoutines(settings.breaks));
  return routine ? { name: routineName(routine, t), length: routineLength(routine, t) } : { name: id, length: '' };
}

/**
 * Every reminder the core asks for, as words and buttons, the same in every host: slouch
 * reminders, break offers and warnings, water, and recurring-slouch nudges.
 */
export function reminderView(effect: ReminderEffect, t: Translate, settings: Settings, now: number): ReminderView {
  const app = t('app.name');
  switch (effect.type) {
    case 'notify': {
      const text = slouchReminderText(t, effect.notification, now, effect.setupChange);
      const routine = routineForSignals(effect.notification.signals);
      return {
        channel: 'slouch',
        show: {
          ...text,
          silent: effect.notification.level === 1,
          actions: [
            { label: t('alerts.satUp'), command: { type: 'acknowledge-alert' } },
            { label: t('alerts.snooze'), command: { type: 'snooze' } },
            { label: t('offers.postureBreak'), route: `/player/${routine}` },
            // A slouch that persists, or one seen since the set-up changed, may be a false alarm.
            ...(effect.notification.level === 2 || effect.setupChange
              ? [{ label: t('alerts.sittingWell'), route: '/calibrate' }]
              : []),
          ],
        },
      };
    }
    case 'withdraw':
      return { channel: 'slouch', show: null };
    case 'withdraw-offer':
      return { channel: effect.channel, show: null };
    case 'break-warning': {
      const { name } = routineLabel(t, effect.routineId, settings);
      const seconds = Math.max(1, Math.round((effect.dueAt - now) / 1000));
      return {
        channel: 'break',
        show: { title: app, body: t('offers.breakWarning', { name, seconds }), silent: true, actions: [] },
      };
    }
    case 'break-due': {
      const { name, length } = routineLabel(t, effect.routineId, settings);
      const actions: ReminderAction[] = [{ label: t('offers.startBreak'), route: `/player/${effect.routineId}` }];
      if (effect.canPostpone) {
        actions.push({
          label: t('offers.postpone', { minutes: settings.breaks.postponeMinutes }),
          command: { type: 'postpone-break' },
        });
      }
      if (effect.canSkip) actions.push({ label: t('offers.skip'), command: { type: 'skip-break' } });
      return {
        channel: 'break',
        show: { title: app, body: t('offers.breakDue', { name, duration: length }), silent: false, actions },
      };
    }
    case 'water-due':
      return {
        channel: 'water',
        show: {
          title: app,
          body: t('offers.waterDue', { glasses: effect.glasses, goal: effect.goal }),
          silent: true,
          actions: [{ label: t('offers.drank'), command: { type: 'log-water' } }],
        },
      };
    case 'weekly-summary': {
      const { summary } = effect;
      return {
        channel: 'summary',
        show: {
          title: t('history.summaryTitle'),
          body: [
            t('history.summaryBody', {
              score: summary.score ?? '–',
              sessions: summary.sessions,
              exercises: summary.exercises,
              glasses: summary.glasses,
              waterDays: summary.waterDays,
            }),
            ...(summary.slouchMost
              ? [t('history.summaryMost', { what: t(`dashboard.posture.signals.${summary.slouchMost}`) })]
              : []),
          ].join(' '),
          silent: true,
          actions: [{ label: t('dashboard.history.open'), route: '/history' }],
        },
      };
    }
    case 'nudge': {
      const { name } = routineLabel(t, effect.routineId, settings);
      return {
        channel: 'nudge',
        show: {
          title: app,
          body: t('offers.nudge', { episodes: effect.episodes, name }),
          silent: true,
          actions: [{ label: t('offers.postureBreak'), route: `/player/${effect.routineId}` }],
        },
      };
    }
  }
}
