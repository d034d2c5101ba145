import { useState, type FormEvent, type ReactNode } from 'react';
import { changePasswordInputSchema, passwordContainsName, passwordContainsNameMessage, type SessionInfo } from '../../../preload/contract';
import { api } from '../../app/api';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { NewPasswordFields, passwordRepeatMismatch } from '../../components/NewPasswordFields';
import { SubmitButton } from '../../components/SubmitButton';
import { TextField } from '../../components/TextField';
import { useFormFeedback } from '../../components/useFormFeedback';

interface ChangePasswordFormProps {
  userName: string;
  onChanged: (session: SessionInfo) => void;
  /** Buttons beside the submit button (cancel, lock). */
  extraActions?: ReactNode;
}

/** The signed-in user's own password: the current one, and a new one typed twice. */
export function ChangePasswordForm({ userName, onChanged, extraActions }: ChangePasswordFormProps) {
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const { errors, formError, formRef, showErrors, busy, send } = useFormFeedback();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = changePasswordInputSchema.safeParse({ currentPassword, newPassword });
    const fields = parsed.success ? {} : fieldErrorsFrom(parsed.error);
    if (!fields.newPassword && passwordContainsName(newPassword, userName)) fields.newPassword = passwordContainsNameMessage;
    if (repeat !== newPassword) fields.repeat = passwordRepeatMismatch;
    if (!parsed.success || Object.keys(fields).length > 0) {
      showErrors(fields, null);
      return;
    }
    const result = await send(() => api.session.changePassword(parsed.data));
    if (result.ok) onChanged(result.value);
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} className="form">
      <FormError message={formError} />
      <TextField
        label="Huidig wachtwoord"
        type="password"
        value={currentPassword}
        onChange={setCurrentPassword}
        error={errors.currentPassword}
        autoComplete="current-password"
        required
        autoFocus
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
        <SubmitButton label="Wachtwoord opslaan" busy={busy} />
        {extraActions}
      </div>
    </form>
  );
}
