import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, THEMES, type SettingsPatch } from '../../core/settings/schema';
import { useFormatters } from '../format';
import { useHost } from '../host-context';

function Field({ label, children, hint }: { label: string; hint?: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
      {hint ? <p className="hint">{hint}</p> : null}
    </div>
  );
}

function Diagnostics() {
  const { t } = useTranslation();
  const { state } = useHost();
  const { number } = useFormatters();
  const { pose } = state;
  const ms = (value: number | null) =>
    value === null ? t('settings.diagnosticsNone') : t('cameraPage.ms', { value: number(Math.round(value)) });
  return (
    <fieldset>
      <legend>{t('settings.diagnostics')}</legend>
      <dl className="stats">
        <dt>{t('settings.diagnosticsEngine')}</dt>
        <dd>
          {t(`settings.engine.${pose.status}`)}
          {pose.detail ? ` — ${pose.detail}` : ''}
        </dd>
        <dt>{t('settings.diagnosticsBackend')}</dt>
        <dd>{pose.backend ?? t('settings.diagnosticsNone')}</dd>
        <dt>{t('settings.diagnosticsInference')}</dt>
        <dd>{ms(pose.inferenceMs)}</dd>
        <dt>{t('settings.diagnosticsModelLoad')}</dt>
        <dd>{ms(pose.modelLoadMs)}</dd>
      </dl>
    </fieldset>
  );
}

export function SettingsPage() {
  const { t } = useTranslation();
  const { api, settings, info } = useHost();
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
          <Field label={t('settings.dailyGoal')}>
            {(id) => (
              <input
                id={id}
                type="number"
                min={1}
                max={30}
                step={1}
                value={settings.hydration.dailyGoalGlasses}
                onChange={(e) => {
                  const value = e.target.valueAsNumber;
                  if (Number.isInteger(value) && value >= 1 && value <= 30)
                    save({ hydration: { dailyGoalGlasses: value } });
                }}
              />
            )}
          </Field>
        </fieldset>
        <fieldset>
          <legend>{t('settings.posture')}</legend>
          <Field label={t('settings.grace')}>
            {(id) => (
              <input
                id={id}
                type="number"
                min={0}
                max={120}
                step={1}
                value={settings.posture.graceSeconds}
                onChange={(e) => {
                  const value = e.target.valueAsNumber;
                  if (Number.isInteger(value) && value >= 0 && value <= 120) save({ posture: { graceSeconds: value } });
                }}
              />
            )}
          </Field>
          {(['sensitivityHeadDrop', 'sensitivityForwardHead', 'sensitivityShoulderTilt'] as const).map((key) => (
            <Field key={key} label={t(`settings.${key}`)}>
              {(id) => (
                <input
                  id={id}
                  type="range"
                  min={0.5}
                  max={2}
                  step={0.25}
                  value={settings.posture[key]}
                  aria-valuetext={`${settings.posture[key]}×`}
                  onChange={(e) => save({ posture: { [key]: e.target.valueAsNumber } })}
                />
              )}
            </Field>
          ))}
        </fieldset>
        <Diagnostics />
        <p className="save-feedback" role="status" aria-live="polite">
          {feedback}
        </p>
      </form>
    </>
  );
}
