import { useState, type FormEvent } from 'react';
import { accessActionLabels, accessActions, accessLogFilterSchema, type AccessAction } from '../../../preload/contract';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { DayRangeFields, FilterActions } from '../../components/FilterFields';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useFormFeedback } from '../../components/useFormFeedback';

/** The filter as the page applies it (without paging). */
export interface LogFilter {
  from?: string;
  to?: string;
  userName?: string;
  action?: AccessAction;
}

interface FilterValues {
  from: string;
  to: string;
  userName: string;
  action: AccessAction | '';
}

const emptyValues: FilterValues = { from: '', to: '', userName: '', action: '' };

function toFilter(values: FilterValues): LogFilter {
  return {
    ...(values.from ? { from: values.from } : {}),
    ...(values.to ? { to: values.to } : {}),
    ...(values.userName.trim() ? { userName: values.userName.trim() } : {}),
    ...(values.action ? { action: values.action } : {}),
  };
}

/** Search form for the access log; nothing is searched until "Zoeken". */
export function AccessLogFilters({ onApply }: { onApply: (filter: LogFilter) => void }) {
  const [values, setValues] = useState<FilterValues>(emptyValues);
  const { errors, setErrors, formRef, showErrors } = useFormFeedback();

  function change<K extends keyof FilterValues>(field: K, value: FilterValues[K]) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _resolved, ...rest }) => rest);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const filter = toFilter(values);
    const parsed = accessLogFilterSchema.safeParse(filter);
    if (!parsed.success) {
      showErrors(fieldErrorsFrom(parsed.error), null);
      return;
    }
    setErrors({});
    onApply(filter);
  }

  function clear() {
    setValues(emptyValues);
    setErrors({});
    onApply({});
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="filter-form" role="search" aria-label="Toegangslog doorzoeken">
      <DayRangeFields from={values.from} to={values.to} errors={errors} onChange={change} />
      <TextField
        label="Gebruiker (volledige naam)"
        value={values.userName}
        onChange={(value) => change('userName', value)}
        error={errors.userName}
        spellCheck={false}
      />
      <SelectField label="Actie" value={values.action} onChange={(value) => change('action', value as AccessAction | '')} error={errors.action}>
        <option value="">Alle acties</option>
        {accessActions.map((action) => (
          <option key={action} value={action}>
            {accessActionLabels[action]}
          </option>
        ))}
      </SelectField>
      <FilterActions onClear={clear} />
    </form>
  );
}
