import de from './de.json';
import en from './en.json';

export const SUPPORTED_LOCALES = ['en', 'de'] as const;
export type Locale = (typeof SUPPORTED_LOCALES)[number];
export const FALLBACK_LOCALE: Locale = 'en';

/** Every locale's strings, shared by the renderer and the Electron main process (tray, notifications). */
export const I18N_RESOURCES = {
  en: { translation: en },
  de: { translation: de },
} as const;

/** Picks the UI locale from the setting and the system's preferred languages (e.g. "de-AT"). */
export function resolveLocale(setting: 'system' | Locale, systemLanguages: readonly string[]): Locale {
  if (setting !== 'system') return setting;
  for (const tag of systemLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    const match = SUPPORTED_LOCALES.find((l) => l === base);
    if (match) return match;
  }
  return FALLBACK_LOCALE;
}
