import { useState, type FormEvent } from 'react';
import { passwordMinLength, setupInputSchema, type SessionUser } from '../../../preload/contract';
import { api } from '../../app/api';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormFeedback } from '../../components/useFormFeedback';
import { WelcomePanel } from '../../components/WelcomePanel';

interface SetupScreenProps {
  onSignedIn: (user: SessionUser) => void;
  onAlreadySetUp: (message: string) => void;
}

export function SetupScreen({ onSignedIn, onAlreadySetUp }: SetupScreenProps) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [passwordRepeat, setPasswordRepeat] = useState('');
  const { errors, formError, setFormError, formRef, showErrors } = useFormFeedback();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = setupInputSchema.safeParse({ name, password });
    const fields = parsed.success ? {} : fieldErrorsFrom(parsed.error);
    if (passwordRepeat !== password) fields.passwordRepeat = 'De twee wachtwoorden zijn niet hetzelfde.';
    if (!parsed.success || fields.passwordRepeat) {
      showErrors(fields, null);
      return;
    }
    setBusy(true);
    setFormError(null);
    const result = await api.session.setup(parsed.data);
    setBusy(false);
    if (result.ok) onSignedIn(result.value);
    else if (result.error.code === 'ALREADY_SET_UP') onAlreadySetUp(result.error.message);
    else showErrors(result.error.fields ?? {}, result.error.message);
  }

  return (
    <WelcomePanel title="Waakzaam inrichten">
      <p>
        Je maakt nu de versleutelde database van Waakzaam aan, met het eerste account: dat van de
        applicatiebeheerder. Alleen wie een account heeft, kan de gegevens daarna openen.
      </p>
      <form ref={formRef} noValidate onSubmit={submit} className="form">
        <FormError message={formError} />
        <TextField
          label="Gebruikersnaam"
          value={name}
          onChange={setName}
          error={errors.name}
          autoComplete="username"
          required
          autoFocus
        />
        <TextField
          label="Wachtwoord"
          type="password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          hint={`Minstens ${passwordMinLength} tekens. Een zin van een paar woorden is goed te onthouden en moeilijk te raden.`}
          autoComplete="new-password"
          required
        />
        <TextField
          label="Herhaal wachtwoord"
          type="password"
          value={passwordRepeat}
          onChange={setPasswordRepeat}
          error={errors.passwordRepeat}
          autoComplete="new-password"
          required
        />
        <div className="form-actions">
          <SubmitButton label="Database aanmaken" busy={busy} />
        </div>
      </form>
    </WelcomePanel>
  );
}
