import { useTranslation } from 'react-i18next';
import { monitoringStatus } from '../../core/app/app-state';
import { useHost, useNow } from '../host-context';
import { useFormatters } from '../format';

/** The monitoring state at a glance; a polite live region so screen readers hear changes. */
export function StatusBadge() {
  const { t } = useTranslation();
  const { state } = useHost();
  const now = useNow();
  const { time } = useFormatters();
  const status = monitoringStatus(state, now);
  const text = t(`status.${status}`, {
    until: state.pause ? time(state.pause.until) : '',
    detail: (state.pose.status === 'failed' ? state.pose.detail : state.camera.detail) ?? '',
  });
  return (
    <p className={`status-badge status-${status}`} role="status" aria-live="polite" aria-label={t('status.label')}>
      <span className="status-shape" aria-hidden="true" />
      <span>{text}</span>
    </p>
  );
}
