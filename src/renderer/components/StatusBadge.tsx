import { useTranslation } from 'react-i18next';
import { describeDetail, displayStatus } from '../../core/app/display-status';
import { statusTextKey } from '../../core/app/tray-model';
import { useHost, useNow } from '../host-context';
import { useFormatters } from '../format';

/** The monitoring state at a glance; a polite live region so screen readers hear changes. */
export function StatusBadge() {
  const { t } = useTranslation();
  const { state, settings } = useHost();
  const now = useNow();
  const { time } = useFormatters();
  const info = displayStatus(state, now, settings.alerts.trayIcon);
  // While watching, say so when the pose worker is (re)starting rather than claiming all is well.
  const starting = state.pose.status === 'restarting' || state.pose.status === 'loading';
  const key =
    starting && ['watching', 'uncalibrated', 'unjudged', 'good', 'away'].includes(info.status)
      ? `status.pose-${state.pose.status}`
      : statusTextKey('status', info);
  const detail = describeDetail(info.detailKey, info.detail, (k) => t(k));
  const text = t(key, { until: info.resumesAt !== null ? time(info.resumesAt) : '', detail });
  return (
    <p
      className={`status-badge status-${info.status} posture-${state.posture.kind}`}
      role="status"
      aria-live="polite"
      aria-label={t('status.label')}
    >
      <span className="status-shape" aria-hidden="true" />
      <span>{text}</span>
    </p>
  );
}
