import { signalCategoryLabels, signalDirectionLabels, signalKindLabels } from '../../../preload/contract';
import { SelectField } from '../../components/SelectField';
import type { SignalFilterValues } from './signalFilters';

interface SignalFiltersProps {
  filters: SignalFilterValues;
  onChange: (filters: SignalFilterValues) => void;
}

/** Kind, category and direction, each "all" until chosen; the list below narrows at once. */
export function SignalFilters({ filters, onChange }: SignalFiltersProps) {
  return (
    <fieldset className="signal-filters">
      <legend className="field-label">Signalen filteren</legend>
      <FilterSelect label="Soort" all="Alle soorten" labels={signalKindLabels} value={filters.kind} onChange={(kind) => onChange({ ...filters, kind })} />
      <FilterSelect
        label="Categorie"
        all="Alle categorieën"
        labels={signalCategoryLabels}
        value={filters.category}
        onChange={(category) => onChange({ ...filters, category })}
      />
      <FilterSelect
        label="Richting"
        all="Ondersteunend en tegensprekend"
        labels={signalDirectionLabels}
        value={filters.direction}
        onChange={(direction) => onChange({ ...filters, direction })}
      />
    </fieldset>
  );
}

interface FilterSelectProps<Value extends string> {
  label: string;
  all: string;
  labels: Readonly<Record<Value, string>>;
  value: Value | '';
  onChange: (value: Value | '') => void;
}

function FilterSelect<Value extends string>({ label, all, labels, value, onChange }: FilterSelectProps<Value>) {
  return (
    <SelectField label={label} value={value} onChange={(chosen) => onChange(chosen as Value | '')}>
      <option value="">{all}</option>
      {(Object.entries(labels) as [Value, string][]).map(([option, text]) => (
        <option key={option} value={option}>
          {text}
        </option>
      ))}
    </SelectField>
  );
}
