import { useState, type FormEvent } from 'react';
import { recoveryInputSchema, type SessionInfo } from '../../../preload/contract';
import { api } from '../../app/api';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { NewPasswordFields, passwordRepeatMismatch } from '../../components/NewPasswordFields';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormFeedback } from '../../components/useFormFeedback';

interface RecoveryFormProps {
  onSignedIn: (session: SessionInfo) => void;
  onBack: () => void;
}

/** Every administrator password forgotten: the recovery key opens the database, an administrator gets a new password. */
export function RecoveryForm({ onSignedIn, onBack }: RecoveryFormProps) {
  const [recoveryKey, setRecoveryKey] = useState('');
  const [name, setName] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const { errors, formError, formRef, showErrors, busy, send } = useFormFeedback();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = recoveryInputSchema.safeParse({ recoveryKey, name, newPassword });
    const fields = parsed.success ? {} : fieldErrorsFrom(parsed.error);
    if (repeat !== newPassword) fields.repeat = passwordRepeatMismatch;
    if (!parsed.success || fields.repeat) {
      showErrors(fields, null);
      return;
    }
    const result = await send(() => api.session.recover(parsed.data));
    if (result.ok) onSignedIn(result.value);
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="form">
      <p>
        Gebruik dit alleen als niemand meer een wachtwoord van een beheerder weet. Met de herstelsleutel geef je een
        beheerdersaccount een nieuw wachtwoord; het oude werkt daarna niet meer. Dit wordt vastgelegd in het
        toegangslog.
      </p>
      <FormError message={formError} />
      <div className="recovery-key-field">
        <TextField
          label="Herstelsleutel"
          value={recoveryKey}
          onChange={setRecoveryKey}
          error={errors.recoveryKey}
          hint="Zoals op het afgedrukte blad: acht groepen van vier tekens. Streepjes, spaties en hoofdletters maken niet uit."
          autoComplete="off"
          spellCheck={false}
          required
          autoFocus
        />
      </div>
      <TextField
        label="Gebruikersnaam van de beheerder"
        value={name}
        onChange={setName}
        error={errors.name}
        autoComplete="username"
        required
      />
      <NewPasswordFields
        label="Nieuw wachtwoord"
        password={newPassword}
        repeat={repeat}
        onPasswordChange={setNewPassword}
        onRepeatChange={setRepeat}
        passwordError={errors.newPassword}
        repeatError={errors.repeat}
      />
      <div className="form-actions">
        <SubmitButton label="Nieuw wachtwoord instellen" busy={busy} />
        <button type="button" className="button" onClick={onBack} disabled={busy}>
          Terug naar inloggen
        </button>
      </div>
    </form>
  );
}
