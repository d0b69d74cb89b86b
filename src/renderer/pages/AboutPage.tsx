import { useTranslation } from 'react-i18next';
import { useHost } from '../host-context';

export function AboutPage() {
  const { t } = useTranslation();
  const { info } = useHost();
  return (
    <>
      <h1>{t('about.title')}</h1>
      <p>{t('about.version', { version: info.version, host: t(`about.hosts.${info.kind}`) })}</p>
      <section aria-labelledby="about-privacy">
        <h2 id="about-privacy">{t('about.privacyTitle')}</h2>
        <p>{t('about.privacy')}</p>
      </section>
      <section aria-labelledby="about-licences">
        <h2 id="about-licences">{t('about.licencesTitle')}</h2>
        <p>{t('about.licences')}</p>
      </section>
    </>
  );
}
