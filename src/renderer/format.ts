import { useTranslation } from 'react-i18next';

/** Dates and numbers formatted for the UI language, not the machine's. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  return {
    time: (epochMs: number) =>
      new Intl.DateTimeFormat(locale, { weekday: 'short', hour: '2-digit', minute: '2-digit' }).format(epochMs),
    number: (n: number) => new Intl.NumberFormat(locale).format(n),
    list: (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items),
  };
}
