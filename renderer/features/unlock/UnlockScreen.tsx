import { useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { unlockInputSchema, type SessionUser } from '../../../preload/contract';
import { api } from '../../app/api';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormFeedback } from '../../components/useFormFeedback';
import { WelcomePanel } from '../../components/WelcomePanel';

interface UnlockScreenProps {
  notice?: string;
  onSignedIn: (user: SessionUser) => void;
  onNotSetUp: () => void;
}

export function UnlockScreen({ notice, onSignedIn, onNotSetUp }: UnlockScreenProps) {
  const [name, setName] = useState('');
  const [password, setPassword] = useState('');
  const { errors, setErrors, formError, setFormError, formRef, showErrors } = useFormFeedback();
  const [busy, setBusy] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = unlockInputSchema.safeParse({ name, password });
    if (!parsed.success) {
      showErrors(fieldErrorsFrom(parsed.error), null);
      return;
    }
    setBusy(true);
    setErrors({});
    setFormError(null);
    const result = await api.session.unlock(parsed.data);
    if (result.ok) {
      onSignedIn(result.value);
      return;
    }
    if (result.error.code === 'NOT_SET_UP') {
      onNotSetUp();
      return;
    }
    // A wrong password is retyped, not edited: start the next attempt from an empty field.
    flushSync(() => {
      setBusy(false);
      setPassword('');
      setErrors(result.error.fields ?? {});
      setFormError(result.error.message);
    });
    passwordRef.current?.focus();
  }

  return (
    <WelcomePanel title="Inloggen">
      {notice && <p className="notice">{notice}</p>}
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
          ref={passwordRef}
          label="Wachtwoord"
          type="password"
          value={password}
          onChange={setPassword}
          error={errors.password}
          autoComplete="current-password"
          required
        />
        <div className="form-actions">
          <SubmitButton label="Inloggen" busy={busy} />
        </div>
      </form>
    </WelcomePanel>
  );
}
