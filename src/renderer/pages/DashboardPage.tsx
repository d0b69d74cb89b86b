import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  activeProfile,
  glassesToday,
  isPaused,
  isQuiet,
  unjudgedBecause,
  sessionsToday,
  type PauseDuration,
} from '../../core/app/app-state';
import { recalibrationReason } from '../../core/app/recalibration';
import { displayStatus } from '../../core/app/display-status';
import { statusTextKey } from '../../core/app/tray-model';
import { useFormatters } from '../format';
import { useHost, useNow } from '../host-context';

const PAUSES: { duration: PauseDuration; key: string }[] = [
  { duration: '15m', key: 'dashboard.monitoring.pause15m' },
  { duration: '1h', key: 'dashboard.monitoring.pause1h' },
  { duration: 'tomorrow', key: 'dashboard.monitoring.pauseTomorrow' },
  { duration: 'until-resumed', key: 'dashboard.monitoring.pauseUntilResumed' },
];

/** Glasses in the person's unit: millilitres, or US fluid ounces (rounded). */
function waterAmount(glasses: number, hydration: { unit: string; glassMl: number }): number {
  const ml = glasses * hydration.glassMl;
  return hydration.unit === 'oz' ? Math.round(ml / 29.5735) : ml;
}

export function DashboardPage() {
  const { t } = useTranslation();
  const { api, state, settings } = useHost();
  const now = useNow();
  const glasses = glassesToday(state, now);
  const goal = settings.hydration.dailyGoalGlasses;
  const paused = isPaused(state, now);
  const profile = activeProfile(state);
  const { time, number, list } = useFormatters();
  const quiet = displayStatus(state, now);
  const sessions = sessionsToday(state, now);
  const recalibrate = recalibrationReason(state, settings.monitoring.cameraDeviceId, now);
  // Not judged against the calibration (the head far above it, another shape of picture): say
  // why rather than ask about the face.
  const because = unjudgedBecause(state);
  const postureHeadline = because ? `unjudged.${because}` : state.posture.kind;
  return (
    <>
      <h1>{t('dashboard.title')}</h1>
      <div className="cards">
        <section className="card" aria-labelledby="card-monitoring">
          <h2 id="card-monitoring">{t('dashboard.monitoring.title')}</h2>
          <p>
            {isQuiet(state, now)
              ? t(statusTextKey('status', quiet), { until: quiet.resumesAt === null ? '' : time(quiet.resumesAt) })
              : t(`camera.${state.camera.status}`)}
          </p>
          <div className="button-row">
            {paused ? (
              <button type="button" onClick={() => void api.run({ type: 'resume' })}>
                {t('dashboard.monitoring.resume')}
              </button>
            ) : (
              PAUSES.map(({ duration, key }) => (
                <button key={duration} type="button" onClick={() => void api.run({ type: 'pause', duration })}>
                  {t(key)}
                </button>
              ))
            )}
          </div>
        </section>
        <section className="card" aria-labelledby="card-water">
          <h2 id="card-water">{t('dashboard.water.title')}</h2>
          <p className="big-number">{t('dashboard.water.progress', { count: glasses, goal })}</p>
          {settings.hydration.unit !== 'glasses' ? (
            <p className="hint">
              {t(`dashboard.water.amount_${settings.hydration.unit}`, {
                drunk: number(waterAmount(glasses, settings.hydration)),
                goal: number(waterAmount(goal, settings.hydration)),
              })}
            </p>
          ) : null}
          <progress max={goal} value={Math.min(glasses, goal)} aria-labelledby="card-water" />
          <div className="button-row">
            <button type="button" onClick={() => void api.run({ type: 'log-water' })}>
              {t('dashboard.water.log')}
            </button>
            <button type="button" disabled={glasses === 0} onClick={() => void api.run({ type: 'undo-water' })}>
              {t('dashboard.water.undo')}
            </button>
          </div>
        </section>
        <section className="card" aria-labelledby="card-posture">
          <h2 id="card-posture">{t('dashboard.posture.title')}</h2>
          {profile ? (
            <>
              <p className="big-number">{t(`posture.${postureHeadline}`)}</p>
              {/* What the camera saw, so a slouch can be checked and a false alarm recognised. */}
              {state.posture.kind === 'slouching' && state.posture.signals.length > 0 ? (
                <p>
                  {t('dashboard.posture.seen', {
                    signals: list(state.posture.signals.map((s) => t(`dashboard.posture.signals.${s}`))),
                  })}
                </p>
              ) : null}
              <p className="hint">{t('dashboard.posture.since', { time: time(state.posture.since) })}</p>
              <p className="hint">{t('dashboard.posture.profile', { name: profile.name })}</p>
              {recalibrate ? <p role="note">{t(`calibrate.suggest.${recalibrate}`, { name: profile.name })}</p> : null}
            </>
          ) : (
            <p>{t('posture.uncalibrated')}</p>
          )}
          <div className="button-row">
            <Link className="button-link" to="/calibrate">
              {t(profile ? 'dashboard.posture.recalibrate' : 'dashboard.posture.calibrate')}
            </Link>
          </div>
        </section>
        <section className="card" aria-labelledby="card-breaks">
          <h2 id="card-breaks">{t('dashboard.breaks.title')}</h2>
          {/* The empty state explains in plain text; only a count is shown large. */}
          <p className={sessions.length ? 'big-number' : undefined}>
            {sessions.length
              ? t('breaks.sessions', {
                  count: sessions.length,
                  exercises: sessions.reduce((n, s) => n + s.exercises.length, 0),
                })
              : t('breaks.noSessions')}
          </p>
          <div className="button-row">
            <Link className="button-link" to="/player/coreAndBack">
              {t('breaks.start', { name: t('routines.coreAndBack.name') })}
            </Link>
            <Link className="button-link" to="/breaks">
              {t('dashboard.breaks.all')}
            </Link>
          </div>
        </section>
        <section className="card" aria-labelledby="card-history">
          <h2 id="card-history">{t('dashboard.history.title')}</h2>
          <p>{t('dashboard.history.body')}</p>
          <div className="button-row">
            <Link className="button-link" to="/history">
              {t('dashboard.history.open')}
            </Link>
          </div>
        </section>
      </div>
    </>
  );
}
