import { SelectField } from './SelectField';

interface ChoiceFieldProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Value → Dutch label, in the order the contract lists them. */
  labels: Readonly<Record<string, string>>;
  error?: string | undefined;
  hint?: string | undefined;
  required?: boolean | undefined;
  autoFocus?: boolean;
}

/** A select over one of the contract's label lists, starting empty ("Kies…") so nothing is chosen by accident. */
export function ChoiceField({ labels, ...selectProps }: ChoiceFieldProps) {
  return (
    <SelectField {...selectProps}>
      <option value="">Kies…</option>
      {Object.entries(labels).map(([value, label]) => (
        <option key={value} value={value}>
          {label}
        </option>
      ))}
    </SelectField>
  );
}
