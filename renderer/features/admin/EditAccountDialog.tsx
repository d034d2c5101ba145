import { useState, type FormEvent } from 'react';
import { accountUpdateSchema, type Account, type Location, type Role } from '../../../preload/contract';
import { api } from '../../app/api';
import { Dialog } from '../../components/Dialog';
import { DiscardChangesPrompt } from '../../components/DiscardChangesPrompt';
import { fieldErrorsFrom } from '../../components/fieldErrors';
import { FormError } from '../../components/FormError';
import { SubmitButton } from '../../components/SubmitButton';
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
  const [saving, setSaving] = useState(false);
  const { errors, setErrors, formError, setFormError, formRef, showErrors } = useFormFeedback();
  const dirty = role !== account.role || !sameSet(locationIds, account.locationIds);
  const guard = useDiscardGuard({ dirty, busy: saving, onLeave: onClose });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const parsed = accountUpdateSchema.safeParse({ id: account.id, role, locationIds: needsLocations(role) ? locationIds : [] });
    if (!parsed.success) {
      showErrors(fieldErrorsFrom(parsed.error), null);
      return;
    }
    setSaving(true);
    setFormError(null);
    const result = await api.accounts.update(parsed.data);
    setSaving(false);
    if (result.ok) onSaved(result.value);
    else showErrors(result.error.fields ?? {}, result.error.message);
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
        {guard.confirmingDiscard ? (
          <DiscardChangesPrompt onDiscard={guard.discard} onKeepEditing={guard.keepEditing} />
        ) : (
          <div className="form-actions">
            <SubmitButton label="Opslaan" busy={saving} />
            <button ref={guard.returnFocusRef} type="button" className="button" onClick={guard.requestLeave} disabled={saving}>
              Annuleren
            </button>
          </div>
        )}
      </form>
    </Dialog>
  );
}
