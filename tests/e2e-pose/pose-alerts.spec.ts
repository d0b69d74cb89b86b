import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { advanceClock, appState, liveTrackCount, trackCameraTracks } from '../support/pose-page';

const MINUTE = 60_000;

/** Records every Web Notification the page shows (the real ones: this only keeps a log). */
async function recordNotifications(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const log: { title: string; body: string; closed: boolean }[] = [];
    (window as unknown as { __notifications: typeof log }).__notifications = log;
    const Original = window.Notification;
    class Recorded extends Original {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options);
        const entry = { title, body: options?.body ?? '', closed: false };
        log.push(entry);
        const close = this.close.bind(this);
        this.close = () => {
          entry.closed = true;
          close();
        };
      }
    }
    Object.defineProperty(window, 'Notification', { value: Recorded });
  });
}

const notifications = (page: Page) =>
  page.evaluate(() => (window as unknown as { __notifications: { title: string; closed: boolean }[] }).__notifications);
const en = JSON.parse(readFileSync('src/platform/i18n/en.json', 'utf8')) as {
  alerts: { hints: Record<string, string> };
  dashboard: { posture: { signals: Record<string, string> } };
};
const postureKind = async (page: Page) => (await appState(page)).posture.kind;

/** The app on the injected clock, with a short grace period and every reminder on. */
async function openWithReminders(page: Page): Promise<void> {
  await page.goto('/?test-clock');
  await page.evaluate(() =>
    window.standTall!.updateSettings({
      posture: { graceSeconds: 2 },
      alerts: { notification: true, screenGlow: true, cooldownMinutes: 5, escalateAfterMinutes: 10 },
      // On a Monday morning the weekly summary would be one more notification than counted here.
      history: { weeklySummary: false },
    }),
  );
}

test('a slouch gets one reminder per cooldown and the glow; "I\'ve sat up" clears it; snooze stops the camera until the (injected) time is up', async ({
  page,
}) => {
  test.setTimeout(180_000);
  await recordNotifications(page);
  await trackCameraTracks(page);
  await openWithReminders(page);
  const glow = page.locator('.edge-glow');
  const banner = page.getByRole('alert', { name: 'Posture reminder' });
  const slouching = () => expect.poll(() => postureKind(page), { timeout: 60_000 }).toBe('slouching');
  const upright = () => expect.poll(() => postureKind(page), { timeout: 60_000 }).not.toMatch(/slouching|slipping/);

  // First slouch: one reminder, the glow, and the banner with its answers.
  await upright();
  await slouching();
  await expect.poll(() => notifications(page)).toHaveLength(1);
  expect((await notifications(page))[0]!.title).toBe('Time to sit tall');
  await expect(glow).toHaveAttribute('data-level', '1');
  // The banner advises on what made the slouch (the strongest signal the model's keypoints gave),
  // and the dashboard's posture card says what was seen.
  const postureCard = page.getByRole('region', { name: 'Posture' });
  const advisesOnStrongest = async () => {
    const { signals } = (await appState(page)).posture;
    const advice = (await banner.textContent())!.includes(en.alerts.hints[signals[0] ?? 'general']!);
    const seen =
      signals.length > 0 && (await postureCard.textContent())!.includes(en.dashboard.posture.signals[signals[0]!]!);
    return advice && seen;
  };
  await expect.poll(advisesOnStrongest).toBe(true);
  await page.screenshot({ path: 'test-results/screenshots/slouch-reminder.png' });
  await banner.getByRole('button', { name: "I've sat up" }).click();
  await expect(banner).toBeHidden();
  await expect(glow).toHaveAttribute('data-level', '0');
  expect((await notifications(page))[0]!.closed).toBe(true);

  // Sitting up, then slouching again inside the cooldown window: the glow returns, no new notification.
  await upright();
  await slouching();
  await expect(glow).toHaveAttribute('data-level', '1');
  expect(await notifications(page)).toHaveLength(1);

  // The cooldown runs out while still slouching: exactly one more reminder.
  await advanceClock(page, 5 * MINUTE);
  await expect.poll(() => notifications(page)).toHaveLength(2);
  await expect(banner).toBeVisible();
  await expect(banner.getByRole('link', { name: "I'm sitting well: calibrate again" })).toBeVisible();

  // Snooze: the reminder goes, the camera light goes off, and all resumes after 15 minutes.
  await banner.getByRole('button', { name: 'Snooze 15 min' }).click();
  await expect(page.getByRole('status', { name: 'Monitoring status' })).toContainText('Reminders snoozed');
  await expect.poll(() => liveTrackCount(page)).toBe(0);
  expect((await notifications(page))[1]!.closed).toBe(true);
  await expect(glow).toHaveAttribute('data-level', '0');
  await advanceClock(page, 15 * MINUTE);
  await expect.poll(() => liveTrackCount(page), { timeout: 30_000 }).toBeGreaterThan(0);
  await expect.poll(async () => (await appState(page)).quiet).toBeNull();
  expect(await notifications(page)).toHaveLength(2);
});

test('slouching for 20 minutes on end suggests calibrating again; "I\'m sitting well" opens the wizard for the same profile', async ({
  page,
}) => {
  test.setTimeout(120_000);
  await openWithReminders(page);
  const posture = page.getByRole('region', { name: 'Posture' });
  const suggestion = posture.getByRole('note');
  await expect.poll(() => postureKind(page), { timeout: 60_000 }).toBe('slouching');
  await expect(suggestion).toBeHidden();
  await advanceClock(page, 20 * MINUTE);
  await expect(suggestion).toContainText('slouching for over 20 minutes without a break');
  await page.screenshot({ path: 'test-results/screenshots/unbroken-slouch.png' });
  const banner = page.getByRole('alert', { name: 'Posture reminder' });
  await banner.getByRole('link', { name: "I'm sitting well: calibrate again" }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Calibrate your posture' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Profile name' })).toHaveValue(
    (await appState(page)).calibration.active!,
  );
  await expect(banner).toBeHidden();
});
