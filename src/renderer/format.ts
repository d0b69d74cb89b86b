import { useTranslation } from 'react-i18next';
import { formatClockTime } from '../platform/clock-time';
import { useClock } from './host-context';

/** Dates and numbers formatted for the UI language, not the machine's. */
export function useFormatters() {
  const { i18n } = useTranslation();
  const locale = i18n.language;
  const clock = useClock();
  return {
    time: (epochMs: number) => formatClockTime(epochMs, clock(), locale),
    number: (n: number) => new Intl.NumberFormat(locale).format(n),
    list: (items: string[]) => new Intl.ListFormat(locale, { type: 'conjunction' }).format(items),
  };
}
