import { useState, type FormEvent } from 'react';
import { newAccountSchema, passwordAdvice, passwordContainsNameMessage, type Account, type Location, type Role } from '../../../preload/contract';
import { api } from '../../app/api';
import { Dialog } from '../../components/Dialog';
import { DiscardChangesPrompt } from '../../components/DiscardChangesPrompt';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import { nameInPasswordMessage, PasswordVisibility } from './PasswordVisibility';
import { RoleAndLocationFields } from './RoleAndLocationFields';
import { needsLocations } from './roleDescriptions';

interface NewAccountDialogProps {
  locations: readonly Location[];
  onClose: () => void;
  onSaved: (account: Account) => void;
}

/** A personal account for a colleague, with a first password they replace at their first login. */
export function NewAccountDialog({ locations, onClose, onSaved }: NewAccountDialogProps) {
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [locationIds, setLocationIds] = useState<string[]>([]);
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [saving, setSaving] = useState(false);
  const { errors, setErrors, formError, setFormError, formRef, showErrors } = useFormFeedback();
  const dirty = name.trim() !== '' || role !== '' || locationIds.length > 0 || password !== '';
  const guard = useDiscardGuard({ dirty, busy: saving, onLeave: onClose });

  function clearError(field: string) {
    setErrors(({ [field]: _resolved, ...rest }) => rest);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const input = { name, role, locationIds: needsLocations(role) ? locationIds : [], password };
    const parsed = newAccountSchema.safeParse(input);
    if (!parsed.success) {
      const fields = fieldErrorsFrom(parsed.error);
      // The contract speaks to the user themselves; here the administrator chooses for someone else.
      if (fields.password === passwordContainsNameMessage) fields.password = nameInPasswordMessage;
      showErrors(fields, null);
      return;
    }
    setSaving(true);
    setFormError(null);
    const result = await api.accounts.create(parsed.data);
    setSaving(false);
    if (result.ok) onSaved(result.value);
    else showErrors(result.error.fields ?? {}, result.error.message);
  }

  return (
    <Dialog title="Nieuw account" onRequestClose={guard.requestLeave}>
      <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form">
        <p className="form-intro">
          Ieder personeelslid krijgt een eigen account: zo is in de toegangslog te zien wie wat heeft gedaan. Velden met{' '}
          <span aria-hidden="true">*</span> zijn verplicht.
        </p>
        <FormError message={formError} />
        <TextField
          label="Gebruikersnaam"
          value={name}
          onChange={(value) => {
            setName(value);
            clearError('name');
          }}
          error={errors.name}
          hint="Bijvoorbeeld de voor- en achternaam: ‘Wim Groep’."
          spellCheck={false}
          required
          autoFocus
        />
        <RoleAndLocationFields
          role={role}
          locationIds={locationIds}
          locations={locations}
          onRoleChange={(value) => {
            setRole(value);
            clearError('role');
            clearError('locationIds');
          }}
          onLocationsChange={(value) => {
            setLocationIds(value);
            clearError('locationIds');
          }}
          roleError={errors.role}
          locationsError={errors.locationIds}
        />
        <TextField
          label="Eerste wachtwoord"
          type={showPassword ? 'text' : 'password'}
          value={password}
          onChange={(value) => {
            setPassword(value);
            clearError('password');
          }}
          error={errors.password}
          hint={`${passwordAdvice} Geef het wachtwoord persoonlijk door; bij de eerste keer inloggen kiest de medewerker een eigen wachtwoord.`}
          autoComplete="new-password"
          spellCheck={false}
          required
        />
        <PasswordVisibility shown={showPassword} onChange={setShowPassword} />
        {guard.confirmingDiscard ? (
          <DiscardChangesPrompt onDiscard={guard.discard} onKeepEditing={guard.keepEditing} />
        ) : (
          <div className="form-actions">
            <SubmitButton label="Account aanmaken" busy={saving} />
            <button ref={guard.returnFocusRef} type="button" className="button" onClick={guard.requestLeave} disabled={saving}>
              Annuleren
            </button>
          </div>
        )}
      </form>
    </Dialog>
  );
}
