import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { glassesToday } from '../../core/app/app-state';
import { findRoutine } from '../../core/exercises/routines';
import { customRoutines, routineFor } from '../../core/schedule/break-scheduler';
import { useHost, useNow } from '../host-context';
import { routineLength, routineName } from '../../platform/routine-text';
import './offers.css';

/** What Stand Tall offers right now — a break, a glass of water, a posture routine — with answers. */
export function OfferBanner() {
  const { t } = useTranslation();
  const { api, state, settings } = useHost();
  const navigate = useNavigate();
  const now = useNow();
  const offers = [];
  const due = state.breaks.due;
  if (due) {
    const routine = routineFor(due, settings.breaks);
    const length = routineLength(routine, t);
    const timer = state.breaks.timers[due];
    offers.push(
      <section key="break" className="offer" role="alert" aria-label={t('offers.label')}>
        <p>{t('offers.breakDue', { name: routineName(routine, t), duration: length })}</p>
        <div className="button-row">
          <button type="button" onClick={() => navigate(`/player/${routine.id}`)}>
            {t('offers.startBreak')}
          </button>
          {!settings.breaks.strict && timer.postponed < settings.breaks.maxPostpones ? (
            <button type="button" onClick={() => void api.run({ type: 'postpone-break' })}>
              {t('offers.postpone', { minutes: settings.breaks.postponeMinutes })}
            </button>
          ) : null}
          {!settings.breaks.strict ? (
            <button type="button" onClick={() => void api.run({ type: 'skip-break' })}>
              {t('offers.skip')}
            </button>
          ) : null}
        </div>
      </section>,
    );
  }
  const nudge = state.nudges.offered ? findRoutine(state.nudges.offered, customRoutines(settings.breaks)) : null;
  if (nudge) {
    offers.push(
      <section key="nudge" className="offer" role="alert" aria-label={t('offers.label')}>
        <p>{t('offers.nudge', { episodes: settings.breaks.nudgeEpisodes, name: routineName(nudge, t) })}</p>
        <div className="button-row">
          <button type="button" onClick={() => navigate(`/player/${nudge.id}`)}>
            {t('offers.postureBreak')}
          </button>
          <button type="button" onClick={() => void api.run({ type: 'dismiss-offer', channel: 'nudge' })}>
            {t('offers.dismiss')}
          </button>
        </div>
      </section>,
    );
  }
  if (state.hydration.offered) {
    offers.push(
      <section key="water" className="offer" role="alert" aria-label={t('offers.label')}>
        <p>{t('offers.waterDue', { glasses: glassesToday(state, now), goal: settings.hydration.dailyGoalGlasses })}</p>
        <div className="button-row">
          <button type="button" onClick={() => void api.run({ type: 'log-water' })}>
            {t('offers.drank')}
          </button>
          <button type="button" onClick={() => void api.run({ type: 'dismiss-offer', channel: 'water' })}>
            {t('offers.dismiss')}
          </button>
        </div>
      </section>,
    );
  }
  return offers.length ? <div className="offers">{offers}</div> : null;
}
