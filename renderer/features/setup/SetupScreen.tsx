import { useState, type FormEvent } from 'react';
import { setupInputSchema, type SetupResult } from '../../../preload/contract';
import { api } from '../../app/api';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { NewPasswordFields, passwordRepeatMismatch } from '../../components/NewPasswordFields';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormFeedback } from '../../components/useFormFeedback';
import { WelcomePanel } from '../../components/WelcomePanel';

interface SetupScreenProps {
  onSetUp: (result: SetupResult) => void;
  onAlreadySetUp: (message: string) => void;
}

export function SetupScreen({ onSetUp, onAlreadySetUp }: SetupScreenProps) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const [passwordRepeat, setPasswordRepeat] = useState('');
  const { errors, formError, setFormError, formRef, showErrors } = useFormFeedback();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = setupInputSchema.safeParse({ name, password });
    const fields = parsed.success ? {} : fieldErrorsFrom(parsed.error);
    if (passwordRepeat !== password) fields.passwordRepeat = passwordRepeatMismatch;
    if (!parsed.success || fields.passwordRepeat) {
      showErrors(fields, null);
      return;
    }
    setBusy(true);
    setFormError(null);
    const result = await api.session.setup(parsed.data);
    setBusy(false);
    if (result.ok) onSetUp(result.value);
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
        <NewPasswordFields
          label="Wachtwoord"
          password={password}
          repeat={passwordRepeat}
          onPasswordChange={setPassword}
          onRepeatChange={setPasswordRepeat}
          passwordError={errors.password}
          repeatError={errors.passwordRepeat}
        />
        <div className="form-actions">
          <SubmitButton label="Database aanmaken" busy={busy} />
        </div>
      </form>
    </WelcomePanel>
  );
}
