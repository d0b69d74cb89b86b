import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeProfile, isPaused, MAX_PROFILES } from '../../core/app/app-state';
import { canSaveProfile } from '../../core/app/calibration-profiles';
import type { PoseSample } from '../../core/pose/keypoints';
import { calibrationFrame } from '../../core/posture/baselines';
import { framedFrames } from '../../core/posture/calibration-framing';
import { calibrate, calibrationAdvice, scoreFloors, type CalibrationAdvice } from '../../core/posture/calibration';
import { postureFeatures } from '../../core/posture/features';
import { inCalibratedFrame } from '../../core/posture/frame-size';
import { learnGlance } from '../../core/posture/head-reference';
import { cameraUnavailable } from '../../core/app/display-status';
import type { LiveSample } from '../../platform/contract';
import { useHost, useNow } from '../host-context';
import { DeleteProfile } from './DeleteProfile';
import { FramingCheck } from './FramingCheck';
import { LiveView, useLease } from './LiveView';
import { PostureMeters } from './PostureMeters';

const UPRIGHT_MS = 5_000;
const GLANCE_MS = 3_000;
const MIN_FRAMES = 5;

type Step = 'start' | 'upright' | 'glance-offer' | 'glance' | 'done' | 'failed';

/** Collects pose samples for `ms` while `active`, reporting progress 0–1. */
function useCollector(active: boolean, ms: number, onDone: (samples: PoseSample[]) => void) {
  const { api } = useHost();
  const [progress, setProgress] = useState(0);
  const done = useRef(onDone);
  done.current = onDone;
  useEffect(() => {
    if (!active) return;
    const samples: PoseSample[] = [];
    const started = Date.now();
    setProgress(0);
    const off = api.onPoseSample((s) => {
      if (s.keypoints.length > 0) samples.push(s);
    });
    const tick = setInterval(() => {
      const p = Math.min(1, (Date.now() - started) / ms);
      setProgress(p);
      if (p >= 1) {
        clearInterval(tick);
        off();
        done.current(samples);
      }
    }, 200);
    return () => {
      clearInterval(tick);
      off();
    };
  }, [api, active, ms]);
  return progress;
}

/** The frames in which the head was placed. */
function withHead(samples: PoseSample[]): PoseSample[] {
  const floors = scoreFloors(samples);
  return samples.filter((s) => postureFeatures(s, floors).headY !== null);
}

/** Says what would make the calibration more reliable, if anything. */
function AdviceNote({ advice }: { advice: CalibrationAdvice }) {
  const { t } = useTranslation();
  const items = (Object.keys(advice) as (keyof CalibrationAdvice)[]).filter((key) => advice[key]);
  if (items.length === 0) return null;
  return (
    <div role="note" className="advice">
      <p>{t('calibrate.advice.title')}</p>
      <ul>
        {items.map((key) => (
          <li key={key}>{t(`calibrate.advice.${key}`)}</li>
        ))}
      </ul>
    </div>
  );
}

export function CalibratePage() {
  const { t } = useTranslation();
  const { api, state, settings } = useHost();
  const now = useNow(5_000);
  const nameId = useId();
  const [step, setStep] = useState<Step>('start');
  const [name, setName] = useState(() => activeProfile(state)?.name ?? t('calibrate.defaultProfile'));
  const [upright, setUpright] = useState<PoseSample[]>([]);
  const [latest, setLatest] = useState<LiveSample | null>(null);
  const [notice, setNotice] = useState('');
  const collecting = step === 'upright' || step === 'glance';
  const profileName = name.trim() || t('calibrate.defaultProfile');
  const roomForProfile = canSaveProfile(state, profileName);
  const looksKept = activeProfile(state)?.baseline.earlierLooks.length ?? 0;
  const advice = useMemo(() => (upright.length > 0 ? calibrationAdvice(upright) : null), [upright]);
  useLease('keep-calibrating', 'end-calibrating', collecting);
  useLease('keep-live-view', 'end-live-view', !isPaused(state, now));
  useEffect(() => api.onPoseSample(setLatest), [api]);

  const save = (uprightSamples: PoseSample[], glance: PoseSample[]) => {
    const floors = scoreFloors(uprightSamples);
    let baseline = calibrate(uprightSamples.map((s) => calibrationFrame(s, floors)));
    if (glance.length > 0)
      baseline = learnGlance(
        baseline,
        glance.flatMap((s) => {
          const framed = inCalibratedFrame(s, baseline.frameSize);
          return framed ? [postureFeatures(framed, floors)] : [];
        }),
      );
    void api.run({ type: 'save-calibration', name: profileName, baseline, floors });
    setStep('done');
  };

  const uprightProgress = useCollector(step === 'upright', UPRIGHT_MS, (all) => {
    // The first frames only found where the person sits (calibration-framing.ts); a camera too
    // slow to leave enough after them calibrates from every frame, as before.
    const framed = withHead(framedFrames(all));
    const usable = framed.length >= MIN_FRAMES ? framed : withHead(all);
    if (usable.length < MIN_FRAMES) return setStep('failed');
    setUpright(usable);
    setStep('glance-offer');
  });
  const glanceProgress = useCollector(step === 'glance', GLANCE_MS, (samples) => save(upright, framedFrames(samples)));

  if (isPaused(state, now)) return <p role="note">{t('cameraPage.paused')}</p>;
  const progress = step === 'upright' ? uprightProgress : glanceProgress;

  return (
    <>
      <h1>{t('calibrate.title')}</h1>
      {state.calibration.profiles.length > 0 ? (
        <div className="field">
          <label htmlFor={`${nameId}-active`}>{t('calibrate.activeProfile')}</label>
          <select
            id={`${nameId}-active`}
            value={state.calibration.active ?? ''}
            onChange={(e) => void api.run({ type: 'select-profile', name: e.target.value })}
          >
            {state.calibration.profiles.map((p) => (
              <option key={p.name} value={p.name}>
                {p.name}
              </option>
            ))}
          </select>
          {state.calibration.active && !collecting ? (
            <DeleteProfile
              name={state.calibration.active}
              onDeleted={(deleted) => setNotice(t('calibrate.profileDeleted', { name: deleted }))}
            />
          ) : null}
        </div>
      ) : null}
      <p role="status" aria-live="polite">
        {notice}
      </p>
      <div className="field">
        <label htmlFor={nameId}>{t('calibrate.profileName')}</label>
        <input
          id={nameId}
          value={name}
          maxLength={60}
          onChange={(e) => setName(e.target.value)}
          disabled={collecting}
          aria-describedby={roomForProfile ? undefined : `${nameId}-full`}
        />
        <p className="hint">{t('calibrate.profileHint')}</p>
        {roomForProfile ? null : (
          <p id={`${nameId}-full`} role="alert">
            {t('calibrate.tooManyProfiles', { max: MAX_PROFILES })}
          </p>
        )}
      </div>
      <LiveView sample={latest} deviceId={settings.monitoring.cameraDeviceId} />
      <div className="wizard" aria-live="polite">
        {step === 'start' || step === 'failed' ? (
          <>
            {step === 'failed' ? <p role="alert">{t('calibrate.failed')}</p> : null}
            <p>{t('calibrate.sitTallIntro')}</p>
            {cameraUnavailable(state.camera) ? null : <FramingCheck />}
            <button
              type="button"
              onClick={() => setStep('upright')}
              disabled={cameraUnavailable(state.camera) || !roomForProfile}
            >
              {t('calibrate.start')}
            </button>
          </>
        ) : null}
        {collecting ? (
          <>
            <p className="big-number">{t(step === 'upright' ? 'calibrate.sitTall' : 'calibrate.glance')}</p>
            <progress max={1} value={progress} aria-label={t('calibrate.progress')} />
          </>
        ) : null}
        {step === 'glance-offer' ? (
          <>
            <p>{t('calibrate.glanceIntro')}</p>
            <div className="button-row">
              <button type="button" onClick={() => setStep('glance')}>
                {t('calibrate.glanceStart')}
              </button>
              <button type="button" className="secondary" onClick={() => save(upright, [])}>
                {t('calibrate.skipGlance')}
              </button>
            </div>
          </>
        ) : null}
        {step === 'done' ? (
          <div role="status">
            <p>{t('calibrate.done', { name })}</p>
            {looksKept > 0 ? <p>{t('calibrate.looksKept', { count: looksKept })}</p> : null}
          </div>
        ) : null}
        {advice && (step === 'glance-offer' || step === 'done') ? <AdviceNote advice={advice} /> : null}
      </div>
      {step === 'done' ? (
        // Outside the wizard's live region: the verdict changes with every frame.
        <div className="try-it">
          <p>{t('calibrate.tryIt')}</p>
          <PostureMeters sample={latest} calibrated />
        </div>
      ) : null}
    </>
  );
}
