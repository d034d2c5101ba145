import { informationCredibilityLabels, sourceReliabilityLabels } from '../../../preload/contract';
import { SelectField } from '../../components/SelectField';

type GradingField = 'sourceReliability' | 'informationCredibility';

interface GradingFieldsProps {
  values: Record<GradingField, string>;
  onChange: (field: GradingField, value: string) => void;
  errors: Partial<Record<GradingField, string | undefined>>;
}

const scales: { field: GradingField; label: string; labels: Readonly<Record<string, string>> }[] = [
  { field: 'sourceReliability', label: 'Betrouwbaarheid van de bron', labels: sourceReliabilityLabels },
  { field: 'informationCredibility', label: 'Betrouwbaarheid van de informatie', labels: informationCredibilityLabels },
];

/** The police's admiralty scale, both halves optional: most signals inside the group are not graded. */
export function GradingFields({ values, onChange, errors }: GradingFieldsProps) {
  return (
    <fieldset className="signal-grading">
      <legend className="field-label">Beoordeling volgens de politieschaal (niet verplicht)</legend>
      {scales.map(({ field, label, labels }) => (
        <SelectField key={field} label={label} value={values[field]} onChange={(value) => onChange(field, value)} error={errors[field]}>
          <option value="">Niet beoordeeld</option>
          {Object.entries(labels).map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </SelectField>
      ))}
    </fieldset>
  );
}
