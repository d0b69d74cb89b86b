/**
 * A moment later today or soon after ("resumes at 10:15", "next break Mon 09:00"), said the same
 * way by the tray and every window: the weekday only when it is not today, since "Sun 10:15" on
 * a Sunday reads like a week away.
 */
export function formatClockTime(epochMs: number, now: number, locale: string): string {
  const sameDay = new Date(epochMs).toDateString() === new Date(now).toDateString();
  return new Intl.DateTimeFormat(locale, {
    ...(sameDay ? {} : { weekday: 'short' }),
    hour: '2-digit',
    minute: '2-digit',
  }).format(epochMs);
}
