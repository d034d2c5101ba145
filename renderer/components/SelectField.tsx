import type { ReactNode, Ref, SelectHTMLAttributes } from 'react';
import { FieldFrame } from './FieldFrame';

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'value' | 'onChange'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  ref?: Ref<HTMLSelectElement>;
  children: ReactNode;
}

/** A labelled <select> whose hint and error are announced with it, like TextField. */
export function SelectField({ label, value, onChange, error, hint, required, ref, children, ...selectProps }: SelectFieldProps) {
  return (
    <FieldFrame label={label} hint={hint} error={error} required={required}>
      {(control) => (
        <select {...selectProps} {...control} ref={ref} value={value} onChange={(event) => onChange(event.target.value)} className="field-input">
          {children}
        </select>
      )}
    </FieldFrame>
  );
}
