import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { setupChange } from '../../core/app/recalibration';
import { useHost, useNow } from '../host-context';
import './alert-banner.css';

/**
 * The in-app face of a slouch reminder, with the same answers as the notification. Shown while a
 * notified slouch lasts; it disappears by itself the moment posture recovers.
 */
export function AlertBanner() {
  const { t } = useTranslation();
  const { api, state, settings } = useHost();
  const now = useNow();
  const { alert } = state;
  if (alert.episodeSince === null || alert.notificationsInEpisode === 0 || alert.acknowledged) return null;
  const hint = t(`alerts.hints.${state.posture.signals[0] ?? 'general'}`);
  const change = setupChange(state, settings.monitoring.cameraDeviceId, now);
  return (
    <section className={`alert-banner alert-level-${alert.level}`} role="alert" aria-label={t('alerts.banner')}>
      <p>
        <strong>{t(`alerts.title${alert.level}`)}</strong> {hint}
        {change && ` ${t(`alerts.setupChanged.${change}`)}`}
      </p>
      <div className="alert-actions">
        <button type="button" onClick={() => void api.run({ type: 'acknowledge-alert' })}>
          {t('alerts.satUp')}
        </button>
        <button type="button" onClick={() => void api.run({ type: 'snooze' })}>
          {t('alerts.snooze')}
        </button>
        {/* A false alarm is a calibration that no longer fits: the fix is five seconds away. */}
        <Link className="button-link" to="/calibrate" onClick={() => void api.run({ type: 'acknowledge-alert' })}>
          {t('alerts.sittingWell')}
        </Link>
      </div>
    </section>
  );
}
