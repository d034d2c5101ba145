import { useEffect, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { unlockInputSchema, type SessionInfo } from '../../../preload/contract';
import { api } from '../../app/api';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormFeedback } from '../../components/useFormFeedback';

interface LoginFormProps {
  userName?: string | undefined;
  onSignedIn: (session: SessionInfo) => void;
  onNotSetUp: () => void;
}

/**
 * Name and password. After an ordinary lock the name is already there and the password field
 * has focus; otherwise the name field has. Every refusal (wrong password, too many attempts,
 * blocked, disabled, a weakened key slot) is shown as main words it.
 */
export function LoginForm({ userName, onSignedIn, onNotSetUp }: LoginFormProps) {
  const [name, setName] = useState(userName ?? '');
  const [password, setPassword] = useState('');
  const { errors, setErrors, formError, setFormError, formRef, showErrors } = useFormFeedback();
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    (userName ? passwordRef : nameRef).current?.focus();
  }, [userName]);

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
    // A refused password is retyped, not edited: start the next attempt from an empty field.
    flushSync(() => {
      setBusy(false);
      setPassword('');
      setErrors(result.error.fields ?? {});
      setFormError(result.error.message);
    });
    passwordRef.current?.focus();
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="form">
      <FormError message={formError} />
      <TextField
        ref={nameRef}
        label="Gebruikersnaam"
        value={name}
        onChange={setName}
        error={errors.name}
        autoComplete="username"
        required
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
  );
}
