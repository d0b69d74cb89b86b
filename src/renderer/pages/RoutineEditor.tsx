import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EXERCISE_IDS, EXERCISES, type ExerciseId, type Variant } from '../../core/exercises/catalogue';
import type { CustomRoutine } from '../../core/settings/schema';
import { useHost } from '../host-context';
import { Field } from './settings/fields';

type Step = CustomRoutine['steps'][number];

/** Builds a custom routine from the catalogue; saved with the settings, playable like the others. */
export function RoutineEditor() {
  const { t } = useTranslation();
  const { api, settings } = useHost();
  const [name, setName] = useState('');
  const [steps, setSteps] = useState<Step[]>([]);
  const [exercise, setExercise] = useState<ExerciseId>('birdDog');
  const [variant, setVariant] = useState<Variant>('desk');
  const [message, setMessage] = useState('');
  const custom = settings.breaks.customRoutines;
  const variants = EXERCISES[exercise].variants;

  const move = (index: number, by: -1 | 1) =>
    setSteps((list) => {
      const next = [...list];
      const [item] = next.splice(index, 1);
      next.splice(index + by, 0, item!);
      return next;
    });
  const save = () => {
    const routine: CustomRoutine = { id: `custom-${Date.now().toString(36)}`, name: name.trim(), steps };
    api.updateSettings({ breaks: { customRoutines: [...custom, routine] } }).then(
      () => {
        setMessage(t('editor.saved', { name: routine.name }));
        setName('');
        setSteps([]);
      },
      (error: unknown) => setMessage(t('settings.saveFailed', { message: String(error) })),
    );
  };
  const remove = (id: string) =>
    void api.updateSettings({ breaks: { customRoutines: custom.filter((r) => r.id !== id) } });

  return (
    <form className="settings" onSubmit={(e) => e.preventDefault()} aria-labelledby="routine-editor">
      <fieldset>
        <legend id="routine-editor">{t('editor.title')}</legend>
        <Field label={t('editor.name')}>
          {(id) => <input id={id} type="text" maxLength={60} value={name} onChange={(e) => setName(e.target.value)} />}
        </Field>
        <Field label={t('editor.exercise')}>
          {(id) => (
            <select
              id={id}
              value={exercise}
              onChange={(e) => {
                const next = e.target.value as ExerciseId;
                setExercise(next);
                if (!EXERCISES[next].variants.includes(variant)) setVariant(EXERCISES[next].variants[0]!);
              }}
            >
              {EXERCISE_IDS.map((ex) => (
                <option key={ex} value={ex}>
                  {t(`exercises.${ex}.name`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('editor.variant')}>
          {(id) => (
            <select id={id} value={variant} onChange={(e) => setVariant(e.target.value as Variant)}>
              {variants.map((v) => (
                <option key={v} value={v}>
                  {t(`player.variant.${v}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button
          type="button"
          disabled={steps.length >= 20}
          onClick={() => setSteps((s) => [...s, { exercise, variant }])}
        >
          {t('editor.add')}
        </button>
        <ol aria-label={t('editor.steps')}>
          {steps.map((step, i) => {
            const label = t(`exercises.${step.exercise}.name`);
            return (
              <li key={`${i}-${step.exercise}`}>
                {label} ({t(`player.variant.${step.variant}`)}){' '}
                <button type="button" disabled={i === 0} onClick={() => move(i, -1)}>
                  {t('editor.up', { name: label })}
                </button>{' '}
                <button type="button" disabled={i === steps.length - 1} onClick={() => move(i, 1)}>
                  {t('editor.down', { name: label })}
                </button>{' '}
                <button type="button" onClick={() => setSteps((s) => s.filter((_, j) => j !== i))}>
                  {t('editor.remove', { name: label })}
                </button>
              </li>
            );
          })}
        </ol>
        <button type="button" disabled={!name.trim() || steps.length === 0 || custom.length >= 20} onClick={save}>
          {t('editor.save')}
        </button>
        <p role="status" aria-live="polite">
          {message}
        </p>
        {custom.length ? (
          <ul aria-label={t('editor.yours')}>
            {custom.map((r) => (
              <li key={r.id}>
                {r.name}{' '}
                <button type="button" onClick={() => remove(r.id)}>
                  {t('editor.delete', { name: r.name })}
                </button>
              </li>
            ))}
          </ul>
        ) : null}
      </fieldset>
    </form>
  );
}
