import { useState, type FormEvent } from 'react';
import { accountUpdateSchema, type Account, type Location, type Role } from '../../../preload/contract';
import { api } from '../../app/api';
import { Dialog } from '../../components/Dialog';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useFormFeedback } from '../../components/useFormFeedback';
import { RoleAndLocationFields } from './RoleAndLocationFields';
import { needsLocations } from './roleDescriptions';

interface EditAccountDialogProps {
  account: Account;
  locations: readonly Location[];
  onClose: () => void;
  onSaved: (account: Account) => void;
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((value) => b.includes(value));
}

/** Another role or other locations; takes effect at the user's next login. */
export function EditAccountDialog({ account, locations, onClose, onSaved }: EditAccountDialogProps) {
  const [role, setRole] = useState<Role | ''>(account.role);
  const [locationIds, setLocationIds] = useState<string[]>(account.locationIds);
  const { errors, setErrors, formError, formRef, showErrors, busy, send } = useFormFeedback();
  const dirty = role !== account.role || !sameSet(locationIds, account.locationIds);
  const guard = useDiscardGuard({ dirty, busy, onLeave: onClose });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const parsed = accountUpdateSchema.safeParse({ id: account.id, role, locationIds: needsLocations(role) ? locationIds : [] });
    if (!parsed.success) {
      showErrors(fieldErrorsFrom(parsed.error), null);
      return;
    }
    const result = await send(() => api.accounts.update(parsed.data));
    if (result.ok) onSaved(result.value);
  }

  return (
    <Dialog title={`Account van ${account.name} wijzigen`} onRequestClose={guard.requestLeave}>
      <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form">
        <FormError message={formError} />
        <RoleAndLocationFields
          role={role}
          locationIds={locationIds}
          locations={locations}
          onRoleChange={(value) => {
            setRole(value);
            setErrors({});
          }}
          onLocationsChange={(value) => {
            setLocationIds(value);
            setErrors(({ locationIds: _resolved, ...rest }) => rest);
          }}
          roleError={errors.role}
          locationsError={errors.locationIds}
        />
        <GuardedFormActions guard={guard} submitLabel="Opslaan" busy={busy} />
      </form>
    </Dialog>
  );
}
