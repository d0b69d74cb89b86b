import type { AppController } from '../core/app/app-controller';
import type { Settings } from '../core/settings/schema';
import { reminderView, type ReminderChannel, type Translate } from '../platform/alert-text';

/**
 * Reminders as Web Notifications (when the person has allowed them; the page never asks
 * unprompted), one per channel. Page notifications cannot have buttons, so the in-page banners
 * carry the answers; a click brings the page forward to them.
 */
export function showRemindersAsWebNotifications(
  app: AppController,
  translate: Translate,
  settings: () => Settings,
  now: () => number,
): () => void {
  const shown = new Map<ReminderChannel, Notification>();
  return app.onAlert((effect) => {
    const view = reminderView(effect, translate, settings(), now());
    shown.get(view.channel)?.close();
    shown.delete(view.channel);
    if (!view.show || typeof Notification === 'undefined' || Notification.permission !== 'granted') return;
    const notification = new Notification(view.show.title, {
      body: view.show.body,
      tag: `stand-tall-${view.channel}`,
      silent: view.show.silent,
    });
    notification.onclick = () => window.focus();
    shown.set(view.channel, notification);
  });
}

/** A page hidden for a while is a person away from it: reported as idle time on return. */
export function watchVisibility(app: AppController, now: () => number): void {
  let hiddenSince: number | null = null;
  document.addEventListener('visibilitychange', () => {
    if (document.hidden) {
      hiddenSince = now();
      return;
    }
    if (hiddenSince === null) return;
    app.dispatch({ type: 'report-system', system: { idleMs: now() - hiddenSince } });
    hiddenSince = null;
    app.dispatch({ type: 'report-system', system: { idleMs: 0 } });
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
