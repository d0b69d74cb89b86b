import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Workday } from '../../../core/settings/schema';
import { useHost } from '../../host-context';
import { Check, Field, type SaveSettings } from './fields';

/** Monday first, the way working weeks are usually read; indices as Date.getDay counts them. */
const WEEK = [1, 2, 3, 4, 5, 6, 0] as const;

const toTime = (minutes: number) =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const fromTime = (value: string): number | null => {
  const match = /^(\d{2}):(\d{2})$/.exec(value);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
};

function weekdayName(day: number, locale: string): string {
  // 2026-11-22 was a Sunday: add the weekday index to it.
  return new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(new Date(2026, 10, 22 + day));
}

function WorkingHours({ save }: { save: SaveSettings }) {
  const { t, i18n } = useTranslation();
  const { settings } = useHost();
  const hours = settings.quiet.workingHours;
  const update = (day: number, patch: Partial<Workday>) => {
    const next = hours.map((d, i) => (i === day ? { ...d, ...patch } : d));
    const changed = next[day]!;
    // A day that would end as it starts is not saved; the inputs keep showing what is stored.
    if (changed.start !== changed.end) save({ quiet: { workingHours: next } });
  };
  return (
    <div className="working-hours">
      {WEEK.map((day) => {
        const name = weekdayName(day, i18n.language);
        const workday = hours[day]!;
        return (
          <div className="workday" key={day}>
            <Check
              label={t('settings.workday', { day: name })}
              checked={workday.enabled}
              onChange={(enabled) => update(day, { enabled })}
            />
            <Field label={t('settings.workdayStart', { day: name })}>
              {(id) => (
                <input
                  id={id}
                  type="time"
                  value={toTime(workday.start)}
                  disabled={!workday.enabled}
                  onChange={(e) => {
                    const start = fromTime(e.target.value);
                    if (start !== null) update(day, { start });
                  }}
                />
              )}
            </Field>
            <Field
              label={t('settings.workdayEnd', { day: name })}
              hint={workday.end <= workday.start ? t('settings.workdayEndsNextDay') : undefined}
            >
              {(id, describedBy) => (
                <input
                  id={id}
                  type="time"
                  aria-describedby={describedBy}
                  value={toTime(Math.min(workday.end, 24 * 60 - 1))}
                  disabled={!workday.enabled}
                  onChange={(e) => {
                    const end = fromTime(e.target.value);
                    if (end !== null) update(day, { end });
                  }}
                />
              )}
            </Field>
          </div>
        );
      })}
    </div>
  );
}

/** Saved when the field is left or Enter is pressed, so half-typed shortcuts are never registered. */
function ShortcutField({ save }: { save: SaveSettings }) {
  const { t } = useTranslation();
  const { settings } = useHost();
  const [draft, setDraft] = useState(settings.quiet.pauseShortcut);
  const commit = () => {
    if (draft !== settings.quiet.pauseShortcut) save({ quiet: { pauseShortcut: draft.trim() } });
  };
  return (
    <Field label={t('settings.pauseShortcut')} hint={t('settings.pauseShortcutHint')}>
      {(id, describedBy) => (
        <input
          id={id}
          aria-describedby={describedBy}
          type="text"
          maxLength={60}
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={commit}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      )}
    </Field>
  );
}

/** When Stand Tall stays quiet by itself: working hours, lock, battery, full-screen apps. */
export function QuietSettings({ save }: { save: SaveSettings }) {
  const { t } = useTranslation();
  const { settings, info } = useHost();
  const { quiet } = settings;
  return (
    <fieldset>
      <legend>{t('settings.quiet')}</legend>
      <Check
        label={t('settings.workingHoursEnabled')}
        checked={quiet.workingHoursEnabled}
        onChange={(workingHoursEnabled) => save({ quiet: { workingHoursEnabled } })}
      />
      {quiet.workingHoursEnabled ? <WorkingHours save={save} /> : null}
      <Check
        label={t('settings.pauseOnLock')}
        checked={quiet.pauseOnLock}
        onChange={(pauseOnLock) => save({ quiet: { pauseOnLock } })}
        unavailable={info.features.lockDetection ? undefined : t('settings.pauseOnLockUnavailable')}
      />
      <Check
        label={t('settings.pauseOnBattery')}
        checked={quiet.pauseOnBattery}
        onChange={(pauseOnBattery) => save({ quiet: { pauseOnBattery } })}
      />
      <Check
        label={t('settings.pauseOnFullscreen')}
        checked={quiet.pauseOnFullscreen}
        onChange={(pauseOnFullscreen) => save({ quiet: { pauseOnFullscreen } })}
        unavailable={info.features.fullscreenDetection ? undefined : t('settings.pauseOnFullscreenUnavailable')}
      />
      {info.features.globalShortcut ? <ShortcutField save={save} /> : null}
    </fieldset>
  );
}
