import { useTranslation } from 'react-i18next';
import { useHost } from '../host-context';

/** One-time messages from the host (e.g. settings that had to be repaired). */
export function NoticeList() {
  const { t } = useTranslation();
  const { notices, api } = useHost();
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label={t('notices.label')}>
      {notices.map((notice) => (
        <div key={notice.id} className="notice" role="alert">
          <p>{t(`notices.${notice.kind}`, { detail: notice.detail ?? '' })}</p>
          <button type="button" onClick={() => void api.dismissNotice(notice.id)}>
            {t('notices.dismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}
