import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { activeProfile, isPaused } from '../../core/app/app-state';
import type { LiveSample } from '../../platform/contract';
import { cameraStateKey, describeDetail } from '../../core/app/display-status';
import { useFormatters } from '../format';
import { useHost, useNow } from '../host-context';
import { CameraPicker } from './CameraPicker';
import { LiveView, useLease } from './LiveView';
import { PostureMeters } from './PostureMeters';
import { median } from '../../core/stats';
import { framesPerMinute } from './skeleton';

export function CameraPage() {
  const { t } = useTranslation();
  const { api, state, settings } = useHost();
  const now = useNow(5_000);
  const { number } = useFormatters();
  const [samples, setSamples] = useState<LiveSample[]>([]);
  const paused = isPaused(state, now);
  const active = !paused;
  useLease('keep-live-view', 'end-live-view', active);

  useEffect(
    () =>
      api.onPoseSample((sample) => {
        setSamples((list) => [...list.slice(-119), sample]);
      }),
    [api],
  );
  const latest = samples.at(-1) ?? null;

  // A frame the change gate found unchanged reused the last keypoints: no model run to time.
  const recent = samples.filter((s) => !s.reused).slice(-30);
  const inference = median(recent.map((s) => s.timings.inferenceMs));
  const latency = median(recent.map((s) => s.timings.frameToKeypointsMs));
  const ms = (value: number | null) =>
    value === null ? '—' : t('cameraPage.ms', { value: number(Math.round(value)) });

  return (
    <>
      <h1>{t('cameraPage.title')}</h1>
      <p className="hint">{t('cameraPage.privacy')}</p>
      <CameraPicker />
      {paused ? (
        <p role="note">{t('cameraPage.paused')}</p>
      ) : (
        <LiveView sample={latest} deviceId={settings.monitoring.cameraDeviceId} />
      )}
      {paused ? null : <PostureMeters sample={latest} calibrated={activeProfile(state) !== null} />}
      <section aria-labelledby="camera-stats">
        <h2 id="camera-stats">{t('cameraPage.stats')}</h2>
        <dl className="stats">
          <dt>{t('cameraPage.status')}</dt>
          <dd>{describeDetail(cameraStateKey(state.camera), state.camera.detail, (k) => t(k))}</dd>
          <dt>{t('cameraPage.backend')}</dt>
          <dd>{state.pose.backend ?? '—'}</dd>
          <dt>{t('cameraPage.framesPerMinute')}</dt>
          <dd>
            {number(
              framesPerMinute(
                samples.map((s) => s.capturedAt),
                now,
              ),
            )}
          </dd>
          <dt>{t('cameraPage.inference')}</dt>
          <dd>{ms(inference)}</dd>
          <dt>{t('cameraPage.latency')}</dt>
          <dd>{ms(latency)}</dd>
        </dl>
      </section>
    </>
  );
}
