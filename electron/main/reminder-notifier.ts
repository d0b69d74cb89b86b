import type { AppController, ReminderEffect } from '../../src/core/app/app-controller';
import type { Settings } from '../../src/core/settings/schema';
import { reminderView, type ReminderChannel, type Translate } from '../../src/platform/alert-text';

export interface ShownNotification {
  close(): void;
}

export interface NotificationRequest {
  title: string;
  body: string;
  silent: boolean;
  /** Button labels, in order; only shown where the platform supports them. */
  actions: string[];
}

/** The slice of Electron's Notification the notifier drives (faked in unit tests). */
export interface NotificationAdapter {
  isSupported(): boolean;
  /** Whether notifications can carry buttons here (macOS); elsewhere a click opens the app. */
  supportsActions(): boolean;
  show(
    request: NotificationRequest,
    handlers: { onAction: (index: number) => void; onClick: () => void },
  ): ShownNotification;
}

export interface ReminderNotifierDeps {
  adapter: NotificationAdapter;
  translate: Translate;
  now: () => number;
  settings: () => Settings;
  app: Pick<AppController, 'dispatch'>;
  /** Opens the dashboard on a screen; its banners carry the same answers as the buttons. */
  openDashboard: (route: string) => void;
}

/**
 * Shows the core's reminders as native notifications — slouch reminders ("I've sat up", "Snooze
 * 15 min", "Posture break now"), break offers, water and nudges — one per channel, and takes
 * each back when it is answered or over. Keeps a reference to what is on screen so its handlers
 * live as long as it does. In strict mode a due break opens the player by itself.
 */
export class ReminderNotifier {
  private readonly shown = new Map<ReminderChannel, ShownNotification>();

  constructor(private readonly deps: ReminderNotifierDeps) {}

  handle(effect: ReminderEffect): void {
    const { translate: t, adapter } = this.deps;
    const view = reminderView(effect, t, this.deps.settings(), this.deps.now());
    this.shown.get(view.channel)?.close();
    this.shown.delete(view.channel);
    if (effect.type === 'break-due' && !effect.canSkip) this.deps.openDashboard(`/player/${effect.routineId}`);
    if (!view.show || !adapter.isSupported()) return;
    const { actions } = view.show;
    const withButtons = adapter.supportsActions() && actions.length > 0;
    const body = actions.length && !withButtons ? `${view.show.body} ${t('alerts.clickForOptions')}` : view.show.body;
    const notification = adapter.show(
      {
        title: view.show.title,
        body,
        silent: view.show.silent,
        actions: withButtons ? actions.map((a) => a.label) : [],
      },
      {
        onAction: (index) => {
          const action = actions[index];
          if (!action) return;
          if ('command' in action) this.deps.app.dispatch(action.command);
          else this.deps.openDashboard(action.route);
        },
        onClick: () => this.deps.openDashboard('/'),
      },
    );
    this.shown.set(view.channel, notification);
  }
}
