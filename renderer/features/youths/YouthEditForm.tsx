import { useEffect, useState, type FormEvent } from 'react';
import { youthUpdateSchema, type Youth, type YouthUpdate } from '../../../preload/contract';
import { api } from '../../app/api';
import { DiscardChangesPrompt } from '../../components/DiscardChangesPrompt';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import { LocationSelect } from './LocationSelect';
import { useLocations } from './useLocations';
import { localTodayIso } from './youthDates';

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
  const { errors, setErrors, formError, setFormError, formRef, showErrors } = useFormFeedback();
  const [saving, setSaving] = useState(false);
  const { load: locations } = useLocations();

  const dirty = (Object.keys(values) as (keyof YouthUpdate)[]).some((key) => values[key].trim() !== baseline[key].trim());
  const guard = useDiscardGuard({
    dirty,
    busy: saving,
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
      const fields = fieldErrorsFrom(parsed.error);
      if (values.dateOfBirth === '' && fields.dateOfBirth) fields.dateOfBirth = 'Vul de volledige geboortedatum in: dag, maand en jaar.';
      showErrors(fields, null);
      return;
    }
    setSaving(true);
    setFormError(null);
    const result = await api.youths.update(parsed.data);
    setSaving(false);
    if (!result.ok) {
      showErrors(result.error.fields ?? {}, result.error.message);
      return;
    }
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
      <TextField label="Voornaam" value={values.firstName} onChange={(value) => change('firstName', value)} error={errors.firstName} required />
      <TextField
        label="Achternaam"
        value={values.lastName}
        onChange={(value) => change('lastName', value)}
        error={errors.lastName}
        hint="Met tussenvoegsel, bijvoorbeeld ‘van den Berg’."
        required
      />
      <TextField
        label="Geboortedatum"
        type="date"
        value={values.dateOfBirth}
        onChange={(value) => change('dateOfBirth', value)}
        error={errors.dateOfBirth}
        max={localTodayIso()}
        required
      />
      <LocationSelect
        load={locations}
        value={values.locationId}
        onChange={(value) => change('locationId', value)}
        error={errors.locationId}
        current={{ id: youth.locationId, name: youth.locationName }}
      />
      {guard.confirmingDiscard ? (
        <DiscardChangesPrompt onDiscard={guard.discard} onKeepEditing={guard.keepEditing} />
      ) : (
        <div className="form-actions">
          <SubmitButton label="Wijzigingen opslaan" busy={saving} />
          <button ref={guard.returnFocusRef} type="button" className="button" onClick={guard.requestLeave} disabled={saving || !dirty}>
            Wijzigingen ongedaan maken
          </button>
        </div>
      )}
    </form>
  );
}
