import { useId, type ReactNode } from 'react';

/** What the control inside the frame needs, so its label, hint and error are announced with it. */
export interface FieldControlProps {
  id: string;
  required: boolean | undefined;
  'aria-invalid': true | undefined;
  'aria-describedby': string | undefined;
}

interface FieldFrameProps {
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  required?: boolean | undefined;
  /** A live count under the control (TextAreaField's "12 van minstens 20 tekens"), read with it. */
  counter?: { text: string; done: boolean } | undefined;
  children: (control: FieldControlProps) => ReactNode;
}

/** The label, hint and error around one control: the markup TextField, SelectField and TextAreaField share. */
export function FieldFrame({ label, hint, error, required, counter, children }: FieldFrameProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const counterId = `${id}-counter`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, counter ? counterId : null, error ? errorId : null].filter(Boolean).join(' ');

  return (
    <div className="field">
      <div className="field-label-row">
        <label htmlFor={id} className="field-label">
          {label}
        </label>
        {/* Outside the label so the field's name stays exactly the label; `required` tells assistive tech. */}
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
      {children({ id, required, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy || undefined })}
      {counter && (
        <p id={counterId} className={counter.done ? 'field-counter field-counter-done' : 'field-counter'}>
          {counter.text}
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
