import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PoseSample } from '../../core/pose/keypoints';
import { framingChecks } from '../../core/posture/framing-check';
import { useHost } from '../host-context';

/** How many of the latest frames the check reads: a second or two, so one odd frame does not flip it. */
const RECENT_FRAMES = 10;

/** The latest frames from the pose worker, newest last. */
function useRecentSamples(count: number): PoseSample[] {
  const { api } = useHost();
  const [recent, setRecent] = useState<PoseSample[]>([]);
  useEffect(() => api.onPoseSample((sample) => setRecent((was) => [...was, sample].slice(-count))), [api, count]);
  return recent;
}

/**
 * Before calibrating: whether the camera frames the person as detection needs, live, with what
 * to change — cheaper to fix now than to be told after five seconds of sitting still.
 */
export function FramingCheck() {
  const { t } = useTranslation();
  const recent = useRecentSamples(RECENT_FRAMES);
  const checks = useMemo(() => framingChecks(recent), [recent]);
  if (!checks) return null;
  return (
    <ul className="framing" aria-label={t('calibrate.framing.label')}>
      {checks.map(([check, ok]) => (
        <li key={check} className={ok ? 'ok' : 'fix'}>
          <span aria-hidden="true">{ok ? '✓' : '!'}</span> {t(`calibrate.framing.${check}.${ok ? 'ok' : 'fix'}`)}
        </li>
      ))}
    </ul>
  );
}
