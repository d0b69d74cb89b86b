import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { sessionsToday } from '../../core/app/app-state';
import { BUILT_IN_ROUTINES } from '../../core/exercises/routines';
import { customRoutines } from '../../core/schedule/break-scheduler';
import type { SettingsPatch } from '../../core/settings/schema';
import { useFormatters } from '../format';
import { useHost, useNow } from '../host-context';
import { RoutineEditor } from './RoutineEditor';
import { routineLength, routineName } from '../../platform/routine-text';
import './player.css';
import { Check, Field, IntegerField } from './settings/fields';

function BreakRhythm() {
  const { t } = useTranslation();
  const { api, settings } = useHost();
  const b = settings.breaks;
  const save = (patch: SettingsPatch['breaks']) => void api.updateSettings({ breaks: patch });
  const routines = [...BUILT_IN_ROUTINES, ...customRoutines(b)];
  return (
    <form className="settings" onSubmit={(e) => e.preventDefault()}>
      <fieldset>
        <legend>{t('breaks.settings')}</legend>
        <Check
          label={t('breaks.microEnabled')}
          checked={b.microEnabled}
          onChange={(microEnabled) => save({ microEnabled })}
        />
        <IntegerField
          label={t('breaks.microInterval')}
          value={b.microIntervalMinutes}
          min={5}
          max={120}
          onChange={(microIntervalMinutes) => save({ microIntervalMinutes })}
        />
        <Check
          label={t('breaks.movementEnabled')}
          checked={b.movementEnabled}
          onChange={(movementEnabled) => save({ movementEnabled })}
        />
        <IntegerField
          label={t('breaks.movementInterval')}
          value={b.movementIntervalMinutes}
          min={15}
          max={240}
          onChange={(movementIntervalMinutes) => save({ movementIntervalMinutes })}
        />
        <Field label={t('breaks.movementRoutine')}>
          {(id) => (
            <select id={id} value={b.movementRoutine} onChange={(e) => save({ movementRoutine: e.target.value })}>
              {routines.map((r) => (
                <option key={r.id} value={r.id}>
                  {routineName(r, t)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <IntegerField
          label={t('breaks.warning')}
          value={b.warningSeconds}
          min={0}
          max={300}
          onChange={(warningSeconds) => save({ warningSeconds })}
        />
        <IntegerField
          label={t('breaks.postponeMinutes')}
          value={b.postponeMinutes}
          min={1}
          max={30}
          onChange={(postponeMinutes) => save({ postponeMinutes })}
        />
        <IntegerField
          label={t('breaks.maxPostpones')}
          value={b.maxPostpones}
          min={0}
          max={5}
          onChange={(maxPostpones) => save({ maxPostpones })}
        />
        <Check label={t('breaks.strict')} checked={b.strict} onChange={(strict) => save({ strict })} />
        <Check label={t('breaks.voiceCues')} checked={b.voiceCues} onChange={(voiceCues) => save({ voiceCues })} />
        <Check label={t('breaks.nudges')} checked={b.nudges} onChange={(nudges) => save({ nudges })} />
        <IntegerField
          label={t('breaks.nudgeEpisodes')}
          value={b.nudgeEpisodes}
          min={2}
          max={10}
          onChange={(nudgeEpisodes) => save({ nudgeEpisodes })}
        />
        <IntegerField
          label={t('breaks.nudgeWindow')}
          value={b.nudgeWindowMinutes}
          min={10}
          max={120}
          onChange={(nudgeWindowMinutes) => save({ nudgeWindowMinutes })}
        />
      </fieldset>
    </form>
  );
}

/** Routines to start now, today's sessions, when the next breaks come, and the break rhythm. */
export function BreaksPage() {
  const { t } = useTranslation();
  const { state, settings } = useHost();
  const now = useNow();
  const { time } = useFormatters();
  const sessions = sessionsToday(state, now);
  const exercises = sessions.reduce((n, s) => n + s.exercises.length, 0);
  const routines = [...BUILT_IN_ROUTINES, ...customRoutines(settings.breaks)];
  const { timers } = state.breaks;
  return (
    <>
      <h1>{t('breaks.title')}</h1>
      <div className="cards">
        <section className="card" aria-labelledby="card-today-breaks">
          <h2 id="card-today-breaks">{t('breaks.today')}</h2>
          <p className={sessions.length ? 'big-number' : undefined}>
            {sessions.length ? t('breaks.sessions', { count: sessions.length, exercises }) : t('breaks.noSessions')}
          </p>
          <h3>{t('breaks.nextBreaks')}</h3>
          {settings.breaks.microEnabled || settings.breaks.movementEnabled ? (
            <ul>
              {settings.breaks.microEnabled ? <li>{t('breaks.microAt', { time: time(timers.micro.dueAt) })}</li> : null}
              {settings.breaks.movementEnabled ? (
                <li>{t('breaks.movementAt', { time: time(timers.movement.dueAt) })}</li>
              ) : null}
            </ul>
          ) : (
            <p>{t('breaks.off')}</p>
          )}
        </section>
        <section className="card card-wide" aria-labelledby="card-routines">
          <h2 id="card-routines">{t('breaks.routines')}</h2>
          <ul className="routine-list">
            {routines.map((routine) => (
              <li key={routine.id}>
                <Link className="button-link" to={`/player/${routine.id}`}>
                  {t('breaks.start', { name: routineName(routine, t) })}
                </Link>{' '}
                <span className="hint">
                  {routineLength(routine, t)}
                  {'key' in routine.name ? ` — ${t(`routines.${routine.id}.description`)}` : ''}
                </span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <RoutineEditor />
      <BreakRhythm />
    </>
  );
}
