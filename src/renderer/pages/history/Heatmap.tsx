import { useTranslation } from 'react-i18next';
import type { Heatmap as HeatmapData } from '../../../core/history/insights';
import './heatmap.css';

const WEEK = [1, 2, 3, 4, 5, 6, 0] as const;
const weekday = (day: number, locale: string, width: 'long' | 'short') =>
  new Intl.DateTimeFormat(locale, { weekday: width }).format(new Date(2026, 10, 22 + day));

/** Slouch minutes by weekday and hour; each cell says its value to screen readers. */
export function Heatmap({ data }: { data: HeatmapData }) {
  const { t, i18n } = useTranslation();
  const max = Math.max(1, ...data.minutes.flat());
  const hours = Array.from({ length: 24 }, (_, h) => h).filter((h) => h >= 6 && h <= 21);
  return (
    <figure className="heatmap">
      <table aria-label={t('history.heatmap')}>
        <thead>
          <tr>
            <th scope="col">{t('history.day')}</th>
            {hours.map((h) => (
              <th key={h} scope="col">
                {/* In a narrow window only every third hour is shown; each is still read out. */}
                <span className={h % 3 === 0 ? undefined : 'minor-hour'}>{h}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {WEEK.map((day) => (
            <tr key={day}>
              <th scope="row">{weekday(day, i18n.language, 'short')}</th>
              {hours.map((h) => {
                const minutes = data.minutes[day]![h]!;
                const level = Math.ceil((minutes / max) * 4);
                return (
                  <td key={h} className={`heat heat-${level}`} title={t('history.cell', { minutes, hour: h })}>
                    <span className="visually-hidden">{t('history.cell', { minutes, hour: h })}</span>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <figcaption>
        {data.worst
          ? t('history.worst', {
              day: weekday(data.worst.weekday, i18n.language, 'long'),
              from: data.worst.fromHour,
              to: data.worst.fromHour + 2,
            })
          : t('history.noSlouching')}
      </figcaption>
    </figure>
  );
}
