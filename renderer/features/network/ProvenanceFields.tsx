import type { FieldErrors } from '../../components/fieldErrors';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { localTodayIso } from '../youths/youthDates';

export type ProvenanceField = 'source' | 'observedOn' | 'notes';

interface ProvenanceFieldsProps {
  values: Record<ProvenanceField, string>;
  errors: FieldErrors;
  onChange: (field: ProvenanceField, value: string) => void;
}

/** Where a piece of the network comes from, when it was seen, and notes: asked for entities and links alike. */
export function ProvenanceFields({ values, errors, onChange }: ProvenanceFieldsProps) {
  return (
    <>
      <TextField
        label="Bron"
        value={values.source}
        onChange={(value) => onChange('source', value)}
        error={errors.source}
        hint="Wie heeft dit gezien of verteld? Bijvoorbeeld: eigen waarneming, de jongere, een ouder, school of politie."
        required
      />
      <TextField
        label="Datum waarop het is gezien of gehoord"
        type="date"
        value={values.observedOn}
        onChange={(value) => onChange('observedOn', value)}
        error={errors.observedOn}
        max={localTodayIso()}
      />
      <TextAreaField label="Notities" value={values.notes} onChange={(value) => onChange('notes', value)} error={errors.notes} rows={3} />
    </>
  );
}
