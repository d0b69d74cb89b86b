import i18next, { type i18n } from 'i18next';
import { FALLBACK_LOCALE, I18N_RESOURCES, resolveLocale } from '../../src/platform/i18n';
import type { Language } from '../../src/core/settings/schema';

/** The main process's own i18next instance: tray, tooltips and native notifications. */
export async function createMainI18n(language: Language, systemLanguages: readonly string[]): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.init({
    resources: I18N_RESOURCES,
    lng: resolveLocale(language, systemLanguages),
    fallbackLng: FALLBACK_LOCALE,
    interpolation: { escapeValue: false },
  });
  return instance;
}
