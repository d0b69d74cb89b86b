import type { ReminderEffect, AppController } from '../../src/core/app/app-controller';
import { slouchReminderText, type Translate } from '../../src/platform/alert-text';

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

export interface SlouchNotifierDeps {
  adapter: NotificationAdapter;
  translate: Translate;
  now: () => number;
  app: Pick<AppController, 'dispatch'>;
  /** Where a click without buttons leads: the dashboard, whose banner has the same answers. */
  openDashboard: () => void;
}

/**
 * Shows the alert ladder's reminders as native notifications with "I've sat up" and "Snooze 15
 * min", and takes them back when the slouch ends. Keeps a reference to the one on screen so its
 * handlers live as long as it does.
 */
export class SlouchNotifier {
  private current: ShownNotification | null = null;

  constructor(private readonly deps: SlouchNotifierDeps) {}

  handle(effect: ReminderEffect): void {
    this.withdraw();
    if (effect.type !== 'notify' || !this.deps.adapter.isSupported()) return;
    const { translate: t, adapter } = this.deps;
    const text = slouchReminderText(t, effect.notification, this.deps.now());
    const withButtons = adapter.supportsActions();
    this.current = adapter.show(
      {
        title: text.title,
        body: withButtons ? text.body : `${text.body} ${t('alerts.clickForOptions')}`,
        // The first reminder is quiet; an escalated one may make its sound.
        silent: effect.notification.level === 1,
        actions: withButtons ? [t('alerts.satUp'), t('alerts.snooze')] : [],
      },
      {
        onAction: (index) => this.deps.app.dispatch({ type: index === 0 ? 'acknowledge-alert' : 'snooze' }),
        onClick: () => this.deps.openDashboard(),
      },
    );
  }

  private withdraw(): void {
    this.current?.close();
    this.current = null;
  }
}
