import { useId, type Ref, type TextareaHTMLAttributes } from 'react';

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'value' | 'onChange'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  /** Shows a live count ("12 van minstens 20 tekens") under the field. */
  minCharacters?: number;
  ref?: Ref<HTMLTextAreaElement>;
}

/** A labelled multi-line field; with `minCharacters` it counts along as the user types. */
export function TextAreaField({ label, value, onChange, error, hint, minCharacters, required, ref, ...areaProps }: TextAreaFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const counterId = `${id}-counter`;
  const describedBy = [hint ? hintId : null, minCharacters ? counterId : null, error ? errorId : null].filter(Boolean).join(' ');
  const length = value.trim().length;

  return (
    <div className="field">
      <div className="field-label-row">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {required && (
          <span className="required-marker" aria-hidden="true">
            *
          </span>
        )}
      </div>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      <textarea
        rows={4}
        {...areaProps}
        ref={ref}
        id={id}
        value={value}
        required={required}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        className="field-input field-textarea"
      />
      {minCharacters !== undefined && (
        <p id={counterId} className={length >= minCharacters ? 'field-counter field-counter-done' : 'field-counter'}>
          {length >= minCharacters ? `${length} tekens` : `${length} van minstens ${minCharacters} tekens`}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
