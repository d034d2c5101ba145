import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { newYouthSchema, type NewYouth, type Youth } from '../../../preload/contract';
import { api } from '../../app/api';
import { Dialog } from '../../components/Dialog';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormFeedback } from '../../components/useFormFeedback';
import { DiscardChangesPrompt } from './DiscardChangesPrompt';
import { useLocationNames } from './useLocationNames';
import { localTodayIso } from './youthDates';

const emptyYouth: NewYouth = { firstName: '', lastName: '', dateOfBirth: '', location: '' };

interface NewYouthFormProps {
  onClose: () => void;
  onSaved: (youth: Youth) => void;
}

export function NewYouthForm({ onClose, onSaved }: NewYouthFormProps) {
  const [values, setValues] = useState<NewYouth>(emptyYouth);
  const { errors, setErrors, formError, setFormError, formRef, showErrors } = useFormFeedback();
  const [saving, setSaving] = useState(false);
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const locationListId = useId();
  const locationNames = useLocationNames();

  const dirty = Object.values(values).some((value) => value.trim() !== '');

  function requestClose() {
    if (saving) return;
    if (!dirty) onClose();
    else if (confirmingDiscard) keepEditing();
    else setConfirmingDiscard(true);
  }

  function keepEditing() {
    flushSync(() => setConfirmingDiscard(false));
    cancelRef.current?.focus();
  }

  function change(field: keyof NewYouth, value: string) {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors(({ [field]: _resolved, ...rest }) => rest);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setConfirmingDiscard(false);
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
    <Dialog title="Nieuwe jongere" onRequestClose={requestClose}>
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
        <TextField
          label="Locatie of groep"
          value={values.location}
          onChange={(value) => change('location', value)}
          error={errors.location}
          hint="Kies een bestaande locatie of groep, of typ een nieuwe."
          list={locationListId}
          required
        />
        <datalist id={locationListId}>
          {locationNames.map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>
        {confirmingDiscard ? (
          <DiscardChangesPrompt onDiscard={onClose} onKeepEditing={keepEditing} />
        ) : (
          <div className="form-actions">
            <SubmitButton label="Opslaan" busy={saving} />
            <button ref={cancelRef} type="button" className="button" onClick={requestClose} disabled={saving}>
              Annuleren
            </button>
          </div>
        )}
      </form>
    </Dialog>
  );
}
