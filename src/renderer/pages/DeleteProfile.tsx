import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../host-context';

/**
 * Deletes a calibration profile after a confirmation that keeps it by default (focus on "Keep",
 * Escape keeps it too). A profile made by mistake or for a set-up gone should not stay in
 * the list for ever; the next one takes over, or the app is uncalibrated again.
 */
export function DeleteProfile({ name, onDeleted }: { name: string; onDeleted: (name: string) => void }) {
  const { t } = useTranslation();
  const { api } = useHost();
  const [confirming, setConfirming] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  useEffect(() => {
    if (confirming) keep.current?.focus();
  }, [confirming]);
  const remove = () =>
    void api.run({ type: 'delete-profile', name }).then(() => {
      setConfirming(false);
      onDeleted(name);
    });
  return (
    <>
      <div className="button-row">
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          {t('calibrate.deleteProfile', { name })}
        </button>
      </div>
      {confirming ? (
        <div
          role="alertdialog"
          aria-modal="true"
          aria-labelledby={questionId}
          className="confirm"
          onKeyDown={(e) => {
            if (e.key === 'Escape') setConfirming(false);
          }}
        >
          <p id={questionId}>{t('calibrate.confirmDeleteProfile', { name })}</p>
          <div className="button-row">
            <button type="button" className="danger" onClick={remove}>
              {t('calibrate.deleteProfileForGood')}
            </button>
            <button type="button" ref={keep} onClick={() => setConfirming(false)}>
              {t('calibrate.keepProfile')}
            </button>
          </div>
        </div>
      ) : null}
    </>
  );
}
