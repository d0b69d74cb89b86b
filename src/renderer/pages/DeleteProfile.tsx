import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../components/ConfirmDialog';
import { useHost } from '../host-context';

/**
 * Deletes a calibration profile once confirmed (ConfirmDialog keeps it by default). A profile
 * made by mistake or for a set-up gone should not stay in the list for ever; the next one takes
 * over, or the app is uncalibrated again.
 */
export function DeleteProfile({ name, onDeleted }: { name: string; onDeleted: (name: string) => void }) {
  const { t } = useTranslation();
  const { api } = useHost();
  const [confirming, setConfirming] = useState(false);
  return (
    <>
      <div className="button-row">
        <button type="button" className="secondary" onClick={() => setConfirming(true)}>
          {t('calibrate.deleteProfile', { name })}
        </button>
      </div>
      {confirming ? (
        <ConfirmDialog
          question={t('calibrate.confirmDeleteProfile', { name })}
          confirm={t('calibrate.deleteProfileForGood')}
          cancel={t('calibrate.keepProfile')}
          onConfirm={() =>
            void api.run({ type: 'delete-profile', name }).then(() => {
              setConfirming(false);
              onDeleted(name);
            })
          }
          onCancel={() => setConfirming(false)}
        />
      ) : null}
    </>
  );
}
