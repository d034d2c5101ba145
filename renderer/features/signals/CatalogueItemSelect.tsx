import { signalCategories, signalCategoryLabels, type CatalogueItem, type SignalView } from '../../../preload/contract';
import { SelectField } from '../../components/SelectField';

interface CatalogueItemSelectProps {
  catalogue: readonly CatalogueItem[];
  /** A corrected signal's own item, as it was recorded: offered even when since edited or retired, because keeping it keeps its text. */
  kept: SignalView['catalogueItem'];
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
}

interface Option {
  id: string;
  text: string;
}

/** Items in use, grouped by category; retired items are not offered for new signals. */
function optionsByCategory(catalogue: readonly CatalogueItem[], kept: SignalView['catalogueItem']) {
  return signalCategories.map((category) => {
    const options: Option[] = catalogue.filter((item) => item.category === category && item.retiredAt === null && item.id !== kept?.id);
    if (kept?.category === category) options.unshift({ id: kept.id, text: kept.retired ? `${kept.text} (zoals vastgelegd; niet meer in de lijst)` : `${kept.text} (zoals vastgelegd)` });
    return { category, options };
  });
}

export function CatalogueItemSelect({ catalogue, kept, value, onChange, error }: CatalogueItemSelectProps) {
  return (
    <SelectField label="Signaal uit de lijst" value={value} onChange={onChange} error={error} required>
      <option value="">Kies een signaal…</option>
      {optionsByCategory(catalogue, kept).map(({ category, options }) =>
        options.length === 0 ? null : (
          <optgroup key={category} label={signalCategoryLabels[category]}>
            {options.map((option) => (
              <option key={option.id} value={option.id}>
                {option.text}
              </option>
            ))}
          </optgroup>
        ),
      )}
    </SelectField>
  );
}
