import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { FALLBACK_LOCALE, I18N_RESOURCES, resolveLocale } from '../platform/i18n';
import type { Language } from '../core/settings/schema';

export async function initI18n(language: Language): Promise<typeof i18next> {
  await i18next.use(initReactI18next).init({
    resources: I18N_RESOURCES,
    lng: resolveLocale(language, navigator.languages),
    fallbackLng: FALLBACK_LOCALE,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18next.language;
  return i18next;
}

export async function applyLanguage(language: Language): Promise<void> {
  const locale = resolveLocale(language, navigator.languages);
  if (i18next.language !== locale) await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
