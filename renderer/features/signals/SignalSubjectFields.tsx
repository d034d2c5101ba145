import { signalCategoryLabels, type FieldErrors, type SignalView } from '../../../preload/contract';
import { api } from '../../app/api';
import { LoadFailed } from '../../components/LoadFailed';
import { TextField } from '../../components/TextField';
import { useLoad } from '../../components/useLoad';
import { RadioChoiceField } from '../../components/RadioChoiceField';
import { ChoiceField } from '../../components/ChoiceField';
import { CatalogueItemSelect } from './CatalogueItemSelect';
import type { SignalFormValues, SubjectMode } from './signalForm';

interface SignalSubjectFieldsProps {
  values: SignalFormValues;
  errors: FieldErrors;
  /** A corrected signal's own catalogue item, as recorded. */
  kept: SignalView['catalogueItem'];
  onChange: (field: 'subjectMode' | 'catalogueItemId' | 'freeText' | 'freeTextCategory', value: string) => void;
}

const subjectModeLabels: Record<SubjectMode, string> = { catalogue: 'Kies uit de signalenlijst', freeText: 'Zelf beschrijven' };

/** What the signal is: an item from the organisation's list, or the user's own words with the category they belong to. */
export function SignalSubjectFields({ values, errors, kept, onChange }: SignalSubjectFieldsProps) {
  const { load: catalogue, retry } = useLoad(api.signals.catalogue);
  return (
    <>
      <RadioChoiceField legend="Hoe benoem je het signaal?" labels={subjectModeLabels} value={values.subjectMode} onChange={(mode) => onChange('subjectMode', mode)} />
      {values.subjectMode === 'freeText' ? (
        <>
          <TextField label="Het signaal in eigen woorden" value={values.freeText} onChange={(value) => onChange('freeText', value)} error={errors.freeText} maxLength={200} required />
          <ChoiceField
            label="Categorie"
            value={values.freeTextCategory}
            onChange={(value) => onChange('freeTextCategory', value)}
            labels={signalCategoryLabels}
            error={errors.freeTextCategory}
            required
          />
        </>
      ) : catalogue.state === 'loaded' ? (
        <CatalogueItemSelect catalogue={catalogue.value} kept={kept} value={values.catalogueItemId} onChange={(id) => onChange('catalogueItemId', id)} error={errors.catalogueItemId} />
      ) : catalogue.state === 'failed' ? (
        <LoadFailed message={catalogue.message} onRetry={retry} />
      ) : (
        <p className="muted">Signalenlijst laden…</p>
      )}
    </>
  );
}
