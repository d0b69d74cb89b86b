import { useTranslation } from 'react-i18next';
import { SIGNAL_NAMES } from '../../core/posture/classifier';
import type { LiveSample } from '../../platform/contract';
import { useFormatters } from '../format';

/** Meters stop here: far past a slouch, the exact distance no longer matters. */
const METER_MAX = 1.5;

/**
 * How far each posture signal of the latest frame is from a slouch (100 %: the frame counts as
 * slouched), against the active profile with the person's sensitivity: to see why a reminder came,
 * and what a sensitivity setting changes.
 */
export function PostureMeters({ sample, calibrated }: { sample: LiveSample | null; calibrated: boolean }) {
  const { t, i18n } = useTranslation();
  const { number } = useFormatters();
  const verdict = sample?.verdict;
  const capitalised = (text: string) => text.charAt(0).toLocaleUpperCase(i18n.language) + text.slice(1);
  const measured = verdict ? SIGNAL_NAMES.filter((name) => verdict.signals[name] !== undefined) : [];
  return (
    <section aria-labelledby="posture-now">
      <h2 id="posture-now">{t('cameraPage.postureNow')}</h2>
      {!calibrated ? (
        <p>{t('posture.uncalibrated')}</p>
      ) : !verdict ? (
        <p>{t('cameraPage.noVerdict')}</p>
      ) : (
        <>
          <p>{t(`cameraPage.verdict.${verdict.because ?? verdict.verdict}`)}</p>
          <dl className="stats meters">
            {measured.map((name) => {
              const fraction = Math.max(0, verdict.signals[name]!);
              const label = capitalised(t(`dashboard.posture.signals.${name}`));
              return [
                <dt key={`${name}-label`} id={`meter-${name}`}>
                  {label}
                </dt>,
                <dd key={`${name}-value`}>
                  <meter
                    aria-labelledby={`meter-${name}`}
                    min={0}
                    max={METER_MAX}
                    low={0.75}
                    high={1}
                    optimum={0}
                    value={Math.min(fraction, METER_MAX)}
                  />{' '}
                  {t('cameraPage.ofASlouch', { percent: number(Math.round(fraction * 100)) })}
                </dd>,
              ];
            })}
          </dl>
          {measured.length > 0 ? <p className="hint">{t('cameraPage.metersHow')}</p> : null}
        </>
      )}
    </section>
  );
}
