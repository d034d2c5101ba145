import type { FieldErrors } from '../../components/fieldErrors';
import { TextField } from '../../components/TextField';
import { RepeatingGroup } from '../profile/RepeatingGroup';
import '../../styles/profile.css';

export interface RowFieldSpec<Row> {
  key: keyof Row & string;
  label: string;
  required?: boolean;
  type?: 'text' | 'tel';
  hint?: string;
}

interface RowListFieldProps<Row extends Record<string, string>> {
  legend: string;
  hint: string;
  /** "Deelnemer": names each row ("Deelnemer 2") and its buttons. */
  rowName: string;
  rows: Row[];
  fields: readonly RowFieldSpec<Row>[];
  newRow: () => Row;
  onChange: (rows: Row[]) => void;
  /** The contract's messages for this list, keyed like `participants.0.name`. */
  errors: FieldErrors;
  errorPath: string;
  emptyText: string;
}

/** A plan's list of people (participants, whom to call): text fields per row in the file's repeating group. */
export function RowListField<Row extends Record<string, string>>({ fields, newRow, onChange, errors, errorPath, rows, ...group }: RowListFieldProps<Row>) {
  function change(index: number, key: keyof Row & string, value: string) {
    onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  }

  return (
    <RepeatingGroup {...group} rows={rows} onAdd={() => onChange([...rows, newRow()])} onRemove={(index) => onChange(rows.filter((_, i) => i !== index))}>
      {(row, index) =>
        fields.map((field) => (
          <TextField
            key={field.key}
            label={field.label}
            type={field.type ?? 'text'}
            value={row[field.key] ?? ''}
            onChange={(value) => change(index, field.key, value)}
            error={errors[`${errorPath}.${index}.${field.key}`]}
            {...(field.hint ? { hint: field.hint } : {})}
            required={field.required}
          />
        ))
      }
    </RepeatingGroup>
  );
}
