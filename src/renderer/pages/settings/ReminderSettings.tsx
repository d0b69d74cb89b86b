import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../../host-context';
import { Check, IntegerField, type SaveSettings } from './fields';

/** In a browser, reminders need the page's notification permission; ask only when the person clicks. */
function NotificationPermission() {
  const { t } = useTranslation();
  const [permission, setPermission] = useState(() =>
    typeof Notification === 'undefined' ? 'unsupported' : Notification.permission,
  );
  if (permission === 'granted' || permission === 'unsupported') return null;
  return (
    <div className="field">
      <p className="hint">{t('settings.notificationPermission')}</p>
      {permission === 'default' ? (
        <button type="button" onClick={() => void Notification.requestPermission().then(setPermission)}>
          {t('settings.allowNotifications')}
        </button>
      ) : null}
    </div>
  );
}

/** The alert ladder: each step on or off, the cooldown and the escalation. */
export function ReminderSettings({ save }: { save: SaveSettings }) {
  const { t } = useTranslation();
  const { settings, info } = useHost();
  const { alerts } = settings;
  return (
    <fieldset>
      <legend>{t('settings.alerts')}</legend>
      {info.features.tray ? (
        <Check
          label={t('settings.alertTray')}
          checked={alerts.trayIcon}
          onChange={(trayIcon) => save({ alerts: { trayIcon } })}
        />
      ) : null}
      <Check
        label={t('settings.alertNotification')}
        checked={alerts.notification}
        onChange={(notification) => save({ alerts: { notification } })}
      />
      {info.kind === 'web' && alerts.notification ? <NotificationPermission /> : null}
      <Check
        label={t('settings.alertGlow')}
        checked={alerts.screenGlow}
        onChange={(screenGlow) => save({ alerts: { screenGlow } })}
      />
      <IntegerField
        label={t('settings.cooldown')}
        value={alerts.cooldownMinutes}
        min={1}
        max={120}
        onChange={(cooldownMinutes) => save({ alerts: { cooldownMinutes } })}
      />
      <IntegerField
        label={t('settings.escalate')}
        value={alerts.escalateAfterMinutes}
        min={0}
        max={240}
        onChange={(escalateAfterMinutes) => save({ alerts: { escalateAfterMinutes } })}
      />
    </fieldset>
  );
}
