import type { AlertNotification } from '../core/alerts/alert-ladder';
import { MINUTE_MS } from '../core/clock';

export type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * The words of a slouch reminder, the same in every host: friendly, with one concrete hint for
 * the signal that tipped it (the first one over its threshold).
 */
export function slouchReminderText(
  t: Translate,
  notification: AlertNotification,
  now: number,
): { title: string; body: string } {
  const signal = notification.signals[0];
  const hint = t(`alerts.hints.${signal ?? 'general'}`);
  const minutes = Math.max(1, Math.round((now - notification.slouchingSince) / MINUTE_MS));
  return {
    title: t(`alerts.title${notification.level}`),
    body: t(`alerts.body${notification.level}`, { hint, minutes }),
  };
}
