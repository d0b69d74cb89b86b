import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { LANGUAGES, THEMES, WATER_UNITS, type SettingsPatch } from '../../core/settings/schema';
import { useHost } from '../host-context';
import { Diagnostics } from './settings/Diagnostics';
import { useFormatters } from '../format';
import { Check, Field, IntegerField, RangeField } from './settings/fields';
import { QuietSettings } from './settings/QuietSettings';
import { ReminderSettings } from './settings/ReminderSettings';

export function SettingsPage() {
  const { t } = useTranslation();
  const { api, settings, info } = useHost();
  const format = useFormatters();
  const [feedback, setFeedback] = useState<string>('');

  const save = (patch: SettingsPatch) => {
    api.updateSettings(patch).then(
      () => setFeedback(t('settings.saved')),
      (error: unknown) =>
        setFeedback(t('settings.saveFailed', { message: error instanceof Error ? error.message : String(error) })),
    );
  };

  return (
    <>
      <h1>{t('settings.title')}</h1>
      <form className="settings" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>{t('settings.general')}</legend>
          <div className="field field-check">
            <input
              id="open-at-login"
              type="checkbox"
              checked={settings.general.openAtLogin}
              disabled={!info.features.openAtLogin}
              onChange={(e) => save({ general: { openAtLogin: e.target.checked } })}
              aria-describedby={info.features.openAtLogin ? undefined : 'open-at-login-hint'}
            />
            <label htmlFor="open-at-login">{t('settings.openAtLogin')}</label>
            {info.features.openAtLogin ? null : (
              <p className="hint" id="open-at-login-hint">
                {t('settings.openAtLoginUnavailable')}
              </p>
            )}
          </div>
          <Field label={t('settings.language')}>
            {(id) => (
              <select
                id={id}
                value={settings.general.language}
                onChange={(e) => save({ general: { language: e.target.value as (typeof LANGUAGES)[number] } })}
              >
                {LANGUAGES.map((lang) => (
                  <option key={lang} value={lang}>
                    {t(`settings.languages.${lang}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('settings.theme')}>
            {(id) => (
              <select
                id={id}
                value={settings.general.theme}
                onChange={(e) => save({ general: { theme: e.target.value as (typeof THEMES)[number] } })}
              >
                {THEMES.map((theme) => (
                  <option key={theme} value={theme}>
                    {t(`settings.themes.${theme}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('settings.hydration')}</legend>
          <IntegerField
            label={t('settings.dailyGoal')}
            value={settings.hydration.dailyGoalGlasses}
            min={1}
            max={30}
            onChange={(dailyGoalGlasses) => save({ hydration: { dailyGoalGlasses } })}
          />
          <Check
            label={t('breaks.waterReminders')}
            checked={settings.hydration.reminders}
            onChange={(reminders) => save({ hydration: { reminders } })}
          />
          <Field label={t('breaks.waterUnit')}>
            {(id) => (
              <select
                id={id}
                value={settings.hydration.unit}
                onChange={(e) => save({ hydration: { unit: e.target.value as (typeof WATER_UNITS)[number] } })}
              >
                {WATER_UNITS.map((unit) => (
                  <option key={unit} value={unit}>
                    {t(`breaks.units.${unit}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <IntegerField
            label={t('breaks.glassMl')}
            value={settings.hydration.glassMl}
            min={50}
            max={1000}
            onChange={(glassMl) => save({ hydration: { glassMl } })}
          />
        </fieldset>
        <fieldset>
          <legend>{t('settings.posture')}</legend>
          <IntegerField
            label={t('settings.grace')}
            value={settings.posture.graceSeconds}
            min={0}
            max={120}
            onChange={(graceSeconds) => save({ posture: { graceSeconds } })}
          />
          {(['sensitivityHeadDrop', 'sensitivityForwardHead', 'sensitivityShoulderTilt'] as const).map((key) => (
            <RangeField
              key={key}
              label={t(`settings.${key}`)}
              value={settings.posture[key]}
              min={0.5}
              max={2}
              step={0.25}
              valueText={t('settings.sensitivityValue', { value: format.number(settings.posture[key]) })}
              onChange={(value) => save({ posture: { [key]: value } })}
            />
          ))}
          <p className="hint">{t('settings.sensitivityHint')}</p>
          <p>
            <Link to="/camera">{t('settings.sensitivityTry')}</Link>
          </p>
        </fieldset>
        <ReminderSettings save={save} />
        <QuietSettings save={save} />
        <Diagnostics />
        <p className="save-feedback" role="status" aria-live="polite">
          {feedback}
        </p>
      </form>
    </>
  );
}
