import { useState, type FormEvent } from 'react';
import { passwordContainsName, passwordResetSchema, type Account } from '../../../preload/contract';
import { api } from '../../app/api';
import { Dialog } from '../../components/Dialog';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import { FirstPasswordField, nameInPasswordMessage } from './FirstPasswordField';

interface ResetPasswordDialogProps {
  account: Account;
  onClose: () => void;
  onSaved: (account: Account) => void;
}

/** A new first password for a forgotten one; a disabled account becomes active again with it. */
export function ResetPasswordDialog({ account, onClose, onSaved }: ResetPasswordDialogProps) {
  const [password, setPassword] = useState('');
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();
  const guard = useDiscardGuard({ dirty: password !== '', busy, onLeave: onClose });
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
    const result = await send(() => api.accounts.resetPassword(parsed.data));
    if (result.ok) onSaved(result.value);
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
        <FirstPasswordField
          label="Nieuw eerste wachtwoord"
          value={password}
          onChange={(value) => {
            setPassword(value);
            setErrors({});
          }}
          error={errors.password}
          handOver="Geef het wachtwoord persoonlijk door."
          autoFocus
        />
        <GuardedFormActions guard={guard} submitLabel={reactivates ? 'Wachtwoord instellen en activeren' : 'Wachtwoord instellen'} busy={busy} />
      </form>
    </Dialog>
  );
}
