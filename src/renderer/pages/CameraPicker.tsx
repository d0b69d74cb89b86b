import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHost } from '../host-context';
import { listCameras } from '../pose/camera';

/** Lists the cameras (names appear once permission is granted) and remembers the choice. */
export function CameraPicker() {
  const { t } = useTranslation();
  const { api, settings, state } = useHost();
  const id = useId();
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([]);
  const cameraOn = state.camera.status === 'on';
  useEffect(() => {
    const media = navigator.mediaDevices;
    if (!media?.enumerateDevices) return;
    const refresh = () => void listCameras(media).then((all) => setCameras(all.filter((d) => d.deviceId)));
    refresh();
    media.addEventListener('devicechange', refresh);
    return () => media.removeEventListener('devicechange', refresh);
  }, [cameraOn]);
  const chosen = settings.monitoring.cameraDeviceId;
  const missing = chosen !== null && cameras.length > 0 && !cameras.some((c) => c.deviceId === chosen);
  return (
    <div className="field">
      <label htmlFor={id}>{t('cameraPage.camera')}</label>
      <select
        id={id}
        value={chosen ?? ''}
        onChange={(e) => void api.updateSettings({ monitoring: { cameraDeviceId: e.target.value || null } })}
      >
        <option value="">{t('cameraPage.defaultCamera')}</option>
        {cameras.map((camera, index) => (
          <option key={camera.deviceId} value={camera.deviceId}>
            {camera.label || t('cameraPage.unnamedCamera', { number: index + 1 })}
          </option>
        ))}
        {missing ? <option value={chosen}>{t('cameraPage.missingCamera')}</option> : null}
      </select>
    </div>
  );
}
