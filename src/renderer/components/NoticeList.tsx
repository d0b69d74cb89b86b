import { useTranslation } from 'react-i18next';
import type { Notice } from '../../platform/contract';
import { useHost } from '../host-context';

/** Notices whose detail, a fragment from the host ("the old file was kept as …"), is a sentence of its own. */
const DETAIL_AS_SENTENCE = new Set<Notice['kind']>(['settings-recovered', 'state-recovered']);
const detailFor = ({ kind, detail }: Notice) =>
  detail && DETAIL_AS_SENTENCE.has(kind) ? detail[0]!.toUpperCase() + detail.slice(1) : (detail ?? '');

/** One-time messages from the host (e.g. settings that had to be repaired). */
export function NoticeList() {
  const { t } = useTranslation();
  const { notices, api } = useHost();
  if (notices.length === 0) return null;
  return (
    <section className="notices" aria-label={t('notices.label')}>
      {notices.map((notice) => (
        <div key={notice.id} className="notice" role="alert">
          <p>{t(`notices.${notice.kind}`, { detail: detailFor(notice) })}</p>
          <button type="button" onClick={() => void api.dismissNotice(notice.id)}>
            {t('notices.dismiss')}
          </button>
        </div>
      ))}
    </section>
  );
}
