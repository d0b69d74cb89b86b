import { useTranslation } from 'react-i18next';
import { describeDetail } from '../../../core/app/display-status';
import { useFormatters } from '../../format';
import { useHost } from '../../host-context';

/** What the pose engine runs on and how fast: the cached backend probe and the live engine state. */
export function Diagnostics() {
  const { t } = useTranslation();
  const { state } = useHost();
  const { number } = useFormatters();
  const { pose } = state;
  const ms = (value: number | null) =>
    value === null ? t('settings.diagnosticsNone') : t('cameraPage.ms', { value: number(Math.round(value)) });
  return (
    <fieldset>
      <legend>{t('settings.diagnostics')}</legend>
      <dl className="stats">
        <dt>{t('settings.diagnosticsEngine')}</dt>
        <dd>
          {t(`settings.engine.${pose.status}`)}
          {pose.reason || pose.detail
            ? ` — ${describeDetail(pose.reason && `poseReason.${pose.reason}`, pose.detail, (k) => t(k))}`
            : ''}
        </dd>
        <dt>{t('settings.diagnosticsBackend')}</dt>
        <dd>{pose.backend ?? t('settings.diagnosticsNone')}</dd>
        <dt>{t('settings.diagnosticsInference')}</dt>
        <dd>{ms(pose.inferenceMs)}</dd>
        <dt>{t('settings.diagnosticsModelLoad')}</dt>
        <dd>{ms(pose.modelLoadMs)}</dd>
      </dl>
    </fieldset>
  );
}
