import { useId } from 'react';

interface CheckboxOption {
  value: string;
  label: string;
}

interface CheckboxGroupFieldProps {
  legend: string;
  options: readonly CheckboxOption[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  error?: string;
  hint?: string;
  required?: boolean;
}

/** A set of checkboxes under one legend; the error is announced with the group. */
export function CheckboxGroupField({ legend, options, selected, onChange, error, hint, required }: CheckboxGroupFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ');

  function toggle(value: string, checked: boolean) {
    // Kept in the options' order, so the saved list does not depend on the order of clicks.
    const next = new Set(selected);
    if (checked) next.add(value);
    else next.delete(value);
    onChange(options.map((option) => option.value).filter((option) => next.has(option)));
  }

  return (
    <fieldset className="field checkbox-group" aria-describedby={describedBy || undefined}>
      <legend className="field-label">
        {legend}
        {required && (
          <span className="required-marker" aria-hidden="true">
            {' '}*
          </span>
        )}
      </legend>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <div className="checkbox-list">
        {options.map((option, index) => (
          <label key={option.value} className="checkbox-option">
            <input
              type="checkbox"
              checked={selected.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              // The first box carries the error mark, so focusFirstInvalid lands in the group.
              aria-invalid={error && index === 0 ? true : undefined}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </fieldset>
  );
}
