import type { Ref, TextareaHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame';

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
  const length = value.trim().length;
  const counter =
    minCharacters === undefined
      ? undefined
      : length >= minCharacters
        ? { text: `${length} tekens`, done: true }
        : { text: `${length} van minstens ${minCharacters} tekens`, done: false };

  return (
    <FieldFrame label={label} hint={hint} error={error} required={required} counter={counter}>
      {(control) => (
        <textarea
          rows={4}
          {...areaProps}
          {...control}
          ref={ref}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          className="field-input field-textarea"
        />
      )}
    </FieldFrame>
  );
}
