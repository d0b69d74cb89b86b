import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { EXERCISES, illustrationPath } from '../../core/exercises/catalogue';
import {
  advancePlayer,
  finishPlayer,
  pausePlayer,
  previousStep,
  resumePlayer,
  skipStep,
  startPlayer,
  stepProgress,
  type PlayerState,
} from '../../core/exercises/player';
import { findRoutine, routineSeconds, type Routine } from '../../core/exercises/routines';
import { customRoutines } from '../../core/schedule/break-scheduler';
import { useHost } from '../host-context';
import { CountdownRing } from '../components/CountdownRing';
import { routineName } from '../../platform/routine-text';
import './player.css';

const TICK_MS = 250;

function useSpeech(enabled: boolean) {
  return (text: string) => {
    if (!enabled || typeof speechSynthesis === 'undefined') return;
    speechSynthesis.cancel();
    speechSynthesis.speak(new SpeechSynthesisUtterance(text));
  };
}

function Player({ routine }: { routine: Routine }) {
  const { t, i18n } = useTranslation();
  const { api, settings } = useHost();
  const [player, setPlayer] = useState<PlayerState>(() => startPlayer(routine, Date.now()));
  const [now, setNow] = useState(() => Date.now());
  const logged = useRef(false);
  const speak = useSpeech(settings.breaks.voiceCues);
  const name = routineName(routine, t);

  useEffect(() => {
    // Starting a routine counts as taking the break of its length.
    void api.run({
      type: 'start-routine',
      routineId: routine.id,
      kind: routineSeconds(routine) >= 120 ? 'movement' : 'micro',
    });
  }, [api, routine]);

  useEffect(() => {
    const id = setInterval(() => {
      const time = Date.now();
      setNow(time);
      setPlayer((p) => advancePlayer(p, time));
    }, TICK_MS);
    return () => clearInterval(id);
  }, []);

  const step = player.steps[player.index];
  useEffect(() => {
    if (!step || player.finished) return;
    const exercise = t(`exercises.${step.exercise}.name`);
    speak(step.rest ? t('player.rest', { name: exercise }) : `${exercise}. ${t(`exercises.${step.exercise}.cues.0`)}`);
    // Speak once per step, in the person's language.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [player.index, player.finished, i18n.language]);

  useEffect(() => {
    if (!player.finished || logged.current) return;
    logged.current = true;
    void api.run({
      type: 'log-session',
      session: {
        routineId: routine.id,
        seconds: Math.round((Date.now() - player.startedAt) / 1000),
        exercises: player.completed,
        completed: !player.endedEarly,
      },
    });
  }, [api, player, routine.id]);

  if (player.finished) {
    return (
      <p role="status" className="player-finished">
        {t(player.endedEarly ? 'player.finishedEarly' : 'player.finished', { count: player.completed.length })}{' '}
        <Link to="/breaks">{t('player.back')}</Link>
      </p>
    );
  }
  const progress = stepProgress(player, now)!;
  const exercise = EXERCISES[progress.step.exercise];
  const exerciseName = t(`exercises.${exercise.id}.name`);
  const running = player.runningSince !== null;
  const act = (f: (p: PlayerState, time: number) => PlayerState) => setPlayer((p) => f(p, Date.now()));
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.target instanceof HTMLButtonElement && (e.key === ' ' || e.key === 'Enter')) return;
    if (e.key === ' ') act(running ? pausePlayer : resumePlayer);
    else if (e.key === 'ArrowRight') act(skipStep);
    else if (e.key === 'ArrowLeft') act(previousStep);
    else return;
    e.preventDefault();
  };

  return (
    <section className="player" aria-label={name} tabIndex={0} onKeyDown={onKeyDown}>
      <p className="hint">{t('player.step', { current: player.index + 1, total: player.steps.length })}</p>
      <h2 aria-live="polite">{progress.step.rest ? t('player.rest', { name: exerciseName }) : exerciseName}</h2>
      <div className="player-body">
        <img
          className="player-art"
          src={`./${illustrationPath(exercise.id)}`}
          alt={t('player.illustration', { name: exerciseName })}
          width={220}
          height={160}
        />
        <CountdownRing fraction={progress.fraction} label={t('player.timer')}>
          {t('player.remaining', { seconds: progress.remainingSeconds })}
        </CountdownRing>
        <div className="player-counters" aria-live="polite">
          {progress.rep !== null && progress.step.dose.kind === 'reps' ? (
            <p>{t('player.rep', { rep: progress.rep, reps: progress.step.dose.reps })}</p>
          ) : null}
          {progress.side && !progress.step.rest ? <p>{t(`player.side.${progress.side}`)}</p> : null}
          {!progress.step.rest ? <p className="hint">{t(`player.variant.${progress.step.variant}`)}</p> : null}
        </div>
      </div>
      {!progress.step.rest ? (
        <div className="player-text">
          <p>{t(`exercises.${exercise.id}.${progress.step.variant}`)}</p>
          <p className="hint">
            {t('player.why')}: {t(`exercises.${exercise.id}.why`)}
          </p>
          <h3>{t('player.cues')}</h3>
          <ol>
            {Array.from({ length: exercise.cues }, (_, i) => (
              <li key={i}>{t(`exercises.${exercise.id}.cues.${i}`)}</li>
            ))}
          </ol>
          <h3>{t('player.mistakes')}</h3>
          <ul>
            {Array.from({ length: exercise.mistakes }, (_, i) => (
              <li key={i}>{t(`exercises.${exercise.id}.mistakes.${i}`)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <div className="button-row">
        <button type="button" onClick={() => act(running ? pausePlayer : resumePlayer)}>
          {t(running ? 'player.pause' : 'player.resume')}
        </button>
        <button type="button" onClick={() => act(previousStep)} disabled={player.index === 0}>
          {t('player.previous')}
        </button>
        <button type="button" onClick={() => act(skipStep)}>
          {t('player.skip')}
        </button>
        <button type="button" onClick={() => setPlayer((p) => finishPlayer(p))}>
          {t('player.done')}
        </button>
      </div>
      <p className="hint">{t('player.keys')}</p>
    </section>
  );
}

export function PlayerPage() {
  const { t } = useTranslation();
  const { routineId = '' } = useParams();
  const { settings } = useHost();
  const routine = findRoutine(routineId, customRoutines(settings.breaks));
  return (
    <>
      <h1>{routine ? routineName(routine, t) : t('player.unknown')}</h1>
      {routine ? <Player key={routine.id} routine={routine} /> : <Link to="/breaks">{t('player.back')}</Link>}
    </>
  );
}
