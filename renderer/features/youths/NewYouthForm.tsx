import { useEffect, useState, type FormEvent } from 'react';
import { newYouthSchema, type NewYouth, type Youth } from '../../../preload/contract';
import { api } from '../../app/api';
import { Dialog } from '../../components/Dialog';
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

const emptyYouth: NewYouth = { firstName: '', lastName: '', dateOfBirth: '', locationId: '' };

interface NewYouthFormProps {
  onClose: () => void;
  onSaved: (youth: Youth) => void;
}

export function NewYouthForm({ onClose, onSaved }: NewYouthFormProps) {
  const [values, setValues] = useState<NewYouth>(emptyYouth);
  const { errors, setErrors, formError, setFormError, formRef, showErrors } = useFormFeedback();
  const [saving, setSaving] = useState(false);
  const { load: locations } = useLocations();
  // With one location there is nothing to choose: it is filled in, and does not count as typed.
  const onlyLocationId = locations.state === 'loaded' && locations.locations.length === 1 ? locations.locations[0]!.id : '';

  useEffect(() => {
    if (onlyLocationId) setValues((current) => (current.locationId === '' ? { ...current, locationId: onlyLocationId } : current));
  }, [onlyLocationId]);

  const dirty =
    values.firstName.trim() !== '' ||
    values.lastName.trim() !== '' ||
    values.dateOfBirth !== '' ||
    (values.locationId !== '' && values.locationId !== onlyLocationId);
  const guard = useDiscardGuard({ dirty, busy: saving, onLeave: onClose });

  function change(field: keyof NewYouth, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _resolved, ...rest }) => rest);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const parsed = newYouthSchema.safeParse(values);
    if (!parsed.success) {
      const fields = fieldErrorsFrom(parsed.error);
      // The date picker leaves the value empty until day, month and year are all filled in,
      // so the contract's "jjjj-mm-dd" hint would only confuse here.
      if (values.dateOfBirth === '' && fields.dateOfBirth) fields.dateOfBirth = 'Vul de volledige geboortedatum in: dag, maand en jaar.';
      showErrors(fields, null);
      return;
    }
    setSaving(true);
    setFormError(null);
    const result = await api.youths.create(parsed.data);
    setSaving(false);
    if (result.ok) onSaved(result.value);
    else showErrors(result.error.fields ?? {}, result.error.message);
  }

  return (
    <Dialog title="Nieuwe jongere" onRequestClose={guard.requestLeave}>
      <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form">
        <p className="form-intro">
          Velden met <span aria-hidden="true">*</span> zijn verplicht.
        </p>
        <FormError message={formError} />
        <TextField
          label="Voornaam"
          value={values.firstName}
          onChange={(value) => change('firstName', value)}
          error={errors.firstName}
          required
          autoFocus
        />
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
        <LocationSelect load={locations} value={values.locationId} onChange={(value) => change('locationId', value)} error={errors.locationId} />
        {guard.confirmingDiscard ? (
          <DiscardChangesPrompt onDiscard={guard.discard} onKeepEditing={guard.keepEditing} />
        ) : (
          <div className="form-actions">
            <SubmitButton label="Opslaan" busy={saving} />
            <button ref={guard.returnFocusRef} type="button" className="button" onClick={guard.requestLeave} disabled={saving}>
              Annuleren
            </button>
          </div>
        )}
      </form>
    </Dialog>
  );
}
