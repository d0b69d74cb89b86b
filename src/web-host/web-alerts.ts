import type { AppController } from '../core/app/app-controller';
import { slouchReminderText, type Translate } from '../platform/alert-text';

/**
 * Slouch reminders as Web Notifications (when the person has allowed them; the page never asks
 * unprompted). The in-page banner carries the "I've sat up" and "Snooze" answers, since page
 * notifications cannot have buttons; a click brings the page forward to them.
 */
export function showRemindersAsWebNotifications(
  app: AppController,
  translate: Translate,
  now: () => number,
): () => void {
  let shown: Notification | null = null;
  return app.onAlert((effect) => {
    shown?.close();
    shown = null;
    if (effect.type !== 'notify') return;
    if (typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    const { title, body } = slouchReminderText(translate, effect.notification, now());
    shown = new Notification(title, { body, tag: 'stand-tall-slouch', silent: effect.notification.level === 1 });
    shown.onclick = () => window.focus();
  });
}

/** Battery power as the Battery Status API reports it, for the "pause on battery" rule. */
export async function watchBattery(app: AppController): Promise<void> {
  const nav = navigator as Navigator & { getBattery?: () => Promise<EventTarget & { charging: boolean }> };
  if (!nav.getBattery) return;
  const battery = await nav.getBattery();
  const report = () => void app.dispatch({ type: 'report-system', system: { onBattery: !battery.charging } });
  battery.addEventListener('chargingchange', report);
  report();
}
