import { useState, type FormEvent } from 'react';
import { passwordAdvice, passwordContainsName, passwordResetSchema, type Account } from '../../../preload/contract';
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

interface ResetPasswordDialogProps {
  account: Account;
  onClose: () => void;
  onSaved: (account: Account) => void;
}

/** A new first password for a forgotten one; a disabled account becomes active again with it. */
export function ResetPasswordDialog({ account, onClose, onSaved }: ResetPasswordDialogProps) {
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [saving, setSaving] = useState(false);
  const { errors, setErrors, formError, setFormError, formRef, showErrors } = useFormFeedback();
  const guard = useDiscardGuard({ dirty: password !== '', busy: saving, onLeave: onClose });
  const reactivates = account.disabledAt !== null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const parsed = passwordResetSchema.safeParse({ id: account.id, password });
    if (!parsed.success) {
      showErrors(fieldErrorsFrom(parsed.error), null);
      return;
    }
    if (passwordContainsName(password, account.name)) {
      showErrors({ password: nameInPasswordMessage }, null);
      return;
    }
    setSaving(true);
    setFormError(null);
    const result = await api.accounts.resetPassword(parsed.data);
    setSaving(false);
    if (result.ok) onSaved(result.value);
    else showErrors(result.error.fields ?? {}, result.error.message);
  }

  return (
    <Dialog title={reactivates ? `Account van ${account.name} weer activeren` : `Nieuw wachtwoord voor ${account.name}`} onRequestClose={guard.requestLeave}>
      <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form">
        <p className="form-intro">
          {reactivates
            ? `Met een nieuw eerste wachtwoord kan ${account.name} weer inloggen.`
            : `Het huidige wachtwoord van ${account.name} werkt daarna niet meer.`}{' '}
          Bij de eerste keer inloggen kiest {account.name} zelf een nieuw wachtwoord.
        </p>
        <FormError message={formError} />
        <TextField
          label="Nieuw eerste wachtwoord"
          type={showPassword ? 'text' : 'password'}
          value={password}
          onChange={(value) => {
            setPassword(value);
            setErrors({});
          }}
          error={errors.password}
          hint={`${passwordAdvice} Geef het wachtwoord persoonlijk door.`}
          autoComplete="new-password"
          spellCheck={false}
          required
          autoFocus
        />
        <PasswordVisibility shown={showPassword} onChange={setShowPassword} />
        {guard.confirmingDiscard ? (
          <DiscardChangesPrompt onDiscard={guard.discard} onKeepEditing={guard.keepEditing} />
        ) : (
          <div className="form-actions">
            <SubmitButton label={reactivates ? 'Wachtwoord instellen en activeren' : 'Wachtwoord instellen'} busy={saving} />
            <button ref={guard.returnFocusRef} type="button" className="button" onClick={guard.requestLeave} disabled={saving}>
              Annuleren
            </button>
          </div>
        )}
      </form>
    </Dialog>
  );
}
