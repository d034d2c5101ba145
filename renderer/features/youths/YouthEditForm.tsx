import { useEffect, useState, type FormEvent } from 'react';
import { youthUpdateSchema, type Youth, type YouthUpdate } from '../../../preload/contract';
import { api } from '../../app/api';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import { useLoad } from '../../components/useLoad';
import { YouthFields, youthFieldErrors } from './YouthFields';

function editableFields(youth: Youth): YouthUpdate {
  return { id: youth.id, firstName: youth.firstName, lastName: youth.lastName, dateOfBirth: youth.dateOfBirth, locationId: youth.locationId };
}

interface YouthEditFormProps {
  youth: Youth;
  onSaved: (youth: Youth) => void;
  onDirtyChange: (dirty: boolean) => void;
}

/** "Gegevens wijzigen": the basic data, saved through main (which checks access again). */
export function YouthEditForm({ youth, onSaved, onDirtyChange }: YouthEditFormProps) {
  const [baseline, setBaseline] = useState<YouthUpdate>(() => editableFields(youth));
  const [values, setValues] = useState<YouthUpdate>(baseline);
  const { errors, setErrors, formError, setFormError, formRef, showErrors, busy, send } = useFormFeedback();
  const { load: locations } = useLoad(api.locations.list);

  const dirty = (Object.keys(values) as (keyof YouthUpdate)[]).some((key) => values[key].trim() !== baseline[key].trim());
  const guard = useDiscardGuard({
    dirty,
    busy,
    onLeave: () => {
      setValues(baseline);
      setErrors({});
      setFormError(null);
    },
  });

  useEffect(() => onDirtyChange(dirty), [dirty, onDirtyChange]);

  function change(field: keyof YouthUpdate, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _resolved, ...rest }) => rest);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const parsed = youthUpdateSchema.safeParse(values);
    if (!parsed.success) {
      showErrors(youthFieldErrors(parsed.error, values), null);
      return;
    }
    const result = await send(() => api.youths.update(parsed.data));
    if (!result.ok) return;
    const saved = editableFields(result.value);
    setBaseline(saved);
    setValues(saved);
    onSaved(result.value);
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form form-narrow" aria-labelledby="youth-edit-heading">
      <p className="form-intro">
        Velden met <span aria-hidden="true">*</span> zijn verplicht. Elke wijziging wordt vastgelegd in de toegangslog.
      </p>
      <FormError message={formError} />
      <YouthFields
        values={values}
        errors={errors}
        onChange={change}
        locations={locations}
        currentLocation={{ id: youth.locationId, name: youth.locationName }}
      />
      <GuardedFormActions guard={guard} submitLabel="Wijzigingen opslaan" busy={busy} leaveLabel="Wijzigingen ongedaan maken" leaveDisabled={!dirty} />
    </form>
  );
}
