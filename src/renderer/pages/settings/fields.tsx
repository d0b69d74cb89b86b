import { useId, type ReactNode } from 'react';
import type { SettingsPatch } from '../../../core/settings/schema';

export type SaveSettings = (patch: SettingsPatch) => void;

/** A labelled control; the label is tied to the control by id (tests select by role and name). */
export function Field({
  label,
  children,
  hint,
}: {
  label: string;
  hint?: string;
  /** Renders the control with this id; `describedBy` names the hint, when there is one. */
  children: (id: string, describedBy: string | undefined) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children(id, hintId)}
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}

export function Check({
  label,
  checked,
  onChange,
  unavailable,
}: {
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Why the host cannot offer this; the control is shown disabled with the reason. */
  unavailable?: string;
}) {
  const id = useId();
  return (
    <div className="field field-check">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        disabled={Boolean(unavailable)}
        aria-describedby={unavailable ? `${id}-hint` : undefined}
        onChange={(e) => onChange(e.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      {unavailable ? (
        <p className="hint" id={`${id}-hint`}>
          {unavailable}
        </p>
      ) : null}
    </div>
  );
}

/** A labelled number setting with its bounds. */
interface BoundedNumberProps {
  label: string;
  value: number;
  min: number;
  max: number;
  onChange: (value: number) => void;
}

/** A whole-number input that saves only values inside its range. */
export function IntegerField({ label, value, min, max, onChange }: BoundedNumberProps) {
  return (
    <Field label={label}>
      {(id) => (
        <input
          id={id}
          type="number"
          min={min}
          max={max}
          step={1}
          value={value}
          onChange={(e) => {
            const next = e.target.valueAsNumber;
            if (Number.isInteger(next) && next >= min && next <= max) onChange(next);
          }}
        />
      )}
    </Field>
  );
}

/** A slider that shows its value beside it; `valueText` is also what a screen reader says. */
export function RangeField({
  label,
  value,
  min,
  max,
  step,
  valueText,
  onChange,
}: BoundedNumberProps & { step: number; valueText: string }) {
  return (
    <Field label={label}>
      {(id) => (
        <div className="range-row">
          <input
            id={id}
            type="range"
            min={min}
            max={max}
            step={step}
            value={value}
            aria-valuetext={valueText}
            onChange={(e) => onChange(e.target.valueAsNumber)}
          />
          {/* Seen, not read twice: the slider already says its value. */}
          <output htmlFor={id} aria-hidden="true">
            {valueText}
          </output>
        </div>
      )}
    </Field>
  );
}
