import { useId, type ReactNode } from 'react';

interface RadioChoiceFieldProps<Value extends string> {
  legend: string;
  /** Value → Dutch label, in the order shown. */
  labels: Readonly<Record<Value, string>>;
  /** '' while nothing is chosen. */
  value: Value | '';
  onChange: (value: Value) => void;
  error?: string | undefined;
  /** Read with the group, e.g. what the file suggests. */
  describedBy?: string | undefined;
  /** More of the same question inside the group, e.g. the evidence field after "Ja". */
  children?: ReactNode;
}

/** A short choice (Ja / Nee / Onbekend) as radio buttons in a row under one legend: one click, no list to open. */
export function RadioChoiceField<Value extends string>({ legend, labels, value, onChange, error, describedBy, children }: RadioChoiceFieldProps<Value>) {
  const name = useId();
  const errorId = `${name}-error`;
  const described = [describedBy, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <fieldset className="radio-choice" aria-describedby={described || undefined}>
      <legend className="field-label">{legend}</legend>
      <div className="radio-choice-options">
        {(Object.entries(labels) as [Value, string][]).map(([option, label], index) => (
          <label key={option} className="radio-choice-option">
            <input
              type="radio"
              name={name}
              value={option}
              checked={value === option}
              onChange={() => onChange(option)}
              // The first button carries the error mark, so focusFirstInvalid lands in the group.
              aria-invalid={error && index === 0 ? true : undefined}
            />
            <span>{label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      {children}
    </fieldset>
  );
}
