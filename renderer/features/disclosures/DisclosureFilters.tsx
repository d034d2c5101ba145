import { useState, type FormEvent } from 'react';
import { disclosureDocumentLabels, disclosureDocuments, disclosureFilterSchema, type DisclosureDocument, type DisclosureFilter } from '../../../preload/contract';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { DayRangeFields, FilterActions } from '../../components/FilterFields';
import { SelectField } from '../../components/SelectField';
import { useFormFeedback } from '../../components/useFormFeedback';

export const noDisclosureFilter: DisclosureFilter = { from: '', to: '', document: null };

/** The register's search form: days on this PC's calendar and the document; nothing is searched until "Zoeken". */
export function DisclosureFilters({ onApply }: { onApply: (filter: DisclosureFilter) => void }) {
  const [values, setValues] = useState<DisclosureFilter>(noDisclosureFilter);
  const { errors, setErrors, formRef, showErrors } = useFormFeedback();

  function change<K extends keyof DisclosureFilter>(field: K, value: DisclosureFilter[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _resolved, ...rest }) => rest);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = disclosureFilterSchema.safeParse(values);
    if (!parsed.success) {
      showErrors(fieldErrorsFrom(parsed.error), null);
      return;
    }
    setErrors({});
    onApply(parsed.data);
  }

  function clear() {
    setValues(noDisclosureFilter);
    setErrors({});
    onApply(noDisclosureFilter);
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="filter-form" role="search" aria-label="Verstrekkingenregister doorzoeken">
      <DayRangeFields from={values.from} to={values.to} errors={errors} onChange={change} />
      <SelectField
        label="Document"
        value={values.document ?? ''}
        onChange={(value) => change('document', value === '' ? null : (value as DisclosureDocument))}
        error={errors.document}
      >
        <option value="">Alle documenten</option>
        {disclosureDocuments.map((document) => (
          <option key={document} value={document}>
            {disclosureDocumentLabels[document]}
          </option>
        ))}
      </SelectField>
      <FilterActions onClear={clear} />
    </form>
  );
}
