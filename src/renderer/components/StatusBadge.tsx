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
  // While monitoring, say so when the pose worker is (re)starting rather than claiming all is well.
  const posture = state.posture.kind;
  const key =
    status === 'monitoring' && (state.pose.status === 'restarting' || state.pose.status === 'loading')
      ? `status.pose-${state.pose.status}`
      : status === 'monitoring' && (posture === 'good' || posture === 'slouching' || posture === 'away')
        ? `status.posture-${posture}`
        : `status.${status}`;
  const text = t(key, {
    until: state.pause ? time(state.pause.until) : '',
    detail: (state.pose.status === 'failed' ? state.pose.detail : state.camera.detail) ?? '',
  });
  return (
    <p
      className={`status-badge status-${status} posture-${state.posture.kind}`}
      role="status"
      aria-live="polite"
      aria-label={t('status.label')}
    >
      <span className="status-shape" aria-hidden="true" />
      <span>{text}</span>
    </p>
  );
}
