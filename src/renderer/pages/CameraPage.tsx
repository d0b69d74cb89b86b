import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isPaused } from '../../core/app/app-state';
import type { PoseSample } from '../../core/pose/keypoints';
import { useFormatters } from '../format';
import { useHost, useNow } from '../host-context';
import { CameraPicker } from './CameraPicker';
import { drawSkeleton, framesPerMinute, median } from './skeleton';

const LEASE_RENEW_MS = 10_000;

/** Keeps the monitor sampling faster while this view is open. */
function useLiveViewLease(active: boolean): void {
  const { api } = useHost();
  useEffect(() => {
    if (!active) return;
    void api.run({ type: 'keep-live-view' });
    const id = setInterval(() => void api.run({ type: 'keep-live-view' }), LEASE_RENEW_MS);
    return () => {
      clearInterval(id);
      void api.run({ type: 'end-live-view' });
    };
  }, [api, active]);
}

/** The local preview: its own stream of the chosen camera, shown here only and stopped on leave. */
function usePreview(video: React.RefObject<HTMLVideoElement | null>, deviceId: string | null, active: boolean) {
  useEffect(() => {
    if (!active) return;
    let stream: MediaStream | null = null;
    let cancelled = false;
    const constraints: MediaTrackConstraints = { width: { ideal: 640 }, height: { ideal: 480 } };
    navigator.mediaDevices
      ?.getUserMedia({
        audio: false,
        video: deviceId ? { ...constraints, deviceId: { ideal: deviceId } } : constraints,
      })
      .then((s) => {
        if (cancelled) return s.getTracks().forEach((t) => t.stop());
        stream = s;
        if (video.current) video.current.srcObject = s;
      })
      .catch(() => undefined);
    return () => {
      cancelled = true;
      stream?.getTracks().forEach((t) => t.stop());
    };
  }, [video, deviceId, active]);
}

export function CameraPage() {
  const { t } = useTranslation();
  const { api, state, settings } = useHost();
  const now = useNow(5_000);
  const { number } = useFormatters();
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [samples, setSamples] = useState<PoseSample[]>([]);
  const paused = isPaused(state, now);
  const active = !paused;
  useLiveViewLease(active);
  usePreview(video, settings.monitoring.cameraDeviceId, active);

  useEffect(
    () =>
      api.onPoseSample((sample) => {
        setSamples((list) => [...list.slice(-119), sample]);
      }),
    [api],
  );
  const latest = samples.at(-1) ?? null;
  useEffect(() => {
    if (canvas.current) drawSkeleton(canvas.current, active ? latest : null, '#22d39a');
  }, [latest, active]);

  const recent = samples.slice(-30);
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
        <div className="live-view">
          <video ref={video} autoPlay muted playsInline aria-label={t('cameraPage.preview')} />
          <canvas ref={canvas} width={640} height={480} role="img" aria-label={t('cameraPage.skeleton')} />
        </div>
      )}
      <section aria-labelledby="camera-stats">
        <h2 id="camera-stats">{t('cameraPage.stats')}</h2>
        <dl className="stats">
          <dt>{t('cameraPage.status')}</dt>
          <dd>{state.camera.detail ?? t(`camera.${state.camera.status}`)}</dd>
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
