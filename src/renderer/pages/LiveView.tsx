import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { cameraStateKey, cameraUnavailable, describeDetail } from '../../core/app/display-status';
import type { PoseSample } from '../../core/pose/keypoints';
import { useHost } from '../host-context';
import { drawSkeleton } from './skeleton';

const LEASE_RENEW_MS = 10_000;

/**
 * Holds a lease on a monitor mode (live view, calibration) while a view is open, so the monitor
 * samples faster; the lease runs out by itself if the window goes away without saying so.
 */
export function useLease(
  keep: 'keep-live-view' | 'keep-calibrating',
  end: 'end-live-view' | 'end-calibrating',
  active: boolean,
) {
  const { api } = useHost();
  useEffect(() => {
    if (!active) return;
    void api.run({ type: keep });
    const id = setInterval(() => void api.run({ type: keep }), LEASE_RENEW_MS);
    return () => {
      clearInterval(id);
      void api.run({ type: end });
    };
  }, [api, active, keep, end]);
}

/** The local preview: its own stream of the chosen camera, shown here only and stopped on leave. */
function usePreview(video: React.RefObject<HTMLVideoElement | null>, deviceId: string | null) {
  useEffect(() => {
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
  }, [video, deviceId]);
}

/** Preview with the skeleton drawn from the latest keypoints (pixels stay in this page). */
export function LiveView({ sample, deviceId }: { sample: PoseSample | null; deviceId: string | null }) {
  const { t } = useTranslation();
  const { camera } = useHost().state;
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  usePreview(video, deviceId);
  useEffect(() => {
    if (canvas.current) drawSkeleton(canvas.current, sample, '#22d39a');
  }, [sample]);
  return (
    <div className="live-view">
      <video ref={video} autoPlay muted playsInline aria-label={t('cameraPage.preview')} />
      <canvas ref={canvas} width={640} height={480} role="img" aria-label={t('cameraPage.skeleton')} />
      {/* Not a black box without a word: what keeps the camera from showing, and what to do. */}
      {cameraUnavailable(camera) ? (
        <p className="live-view-note" role="status">
          {describeDetail(cameraStateKey(camera), camera.detail, (k) => t(k))}
        </p>
      ) : null}
    </div>
  );
}
