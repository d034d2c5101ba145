import { useState, type FormEvent } from 'react';
import { newAccountSchema, passwordContainsNameMessage, type Account, type Location, type Role } from '../../../preload/contract';
import { api } from '../../app/api';
import { Dialog } from '../../components/Dialog';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { TextField } from '../../components/TextField';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import { FirstPasswordField, nameInPasswordMessage } from './FirstPasswordField';
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
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();
  const dirty = name.trim() !== '' || role !== '' || locationIds.length > 0 || password !== '';
  const guard = useDiscardGuard({ dirty, busy, onLeave: onClose });

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
    const result = await send(() => api.accounts.create(parsed.data));
    if (result.ok) onSaved(result.value);
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
        <FirstPasswordField
          label="Eerste wachtwoord"
          value={password}
          onChange={(value) => {
            setPassword(value);
            clearError('password');
          }}
          error={errors.password}
          handOver="Geef het wachtwoord persoonlijk door; bij de eerste keer inloggen kiest de medewerker een eigen wachtwoord."
        />
        <GuardedFormActions guard={guard} submitLabel="Account aanmaken" busy={busy} />
      </form>
    </Dialog>
  );
}
