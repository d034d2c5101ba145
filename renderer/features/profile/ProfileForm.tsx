import { useEffect, type FormEvent } from 'react';
import type { Youth, YouthProfile } from '../../../preload/contract';
import { api } from '../../app/api';
import { FormError } from '../../components/FormError';
import { GuardedFormActions } from '../../components/GuardedFormActions';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { useLoad } from '../../components/useLoad';
import { YouthFields } from '../youths/YouthFields';
import { BelongingsFields } from './BelongingsFields';
import { MedicalFields, VulnerabilityFields } from './CareFields';
import { ContactFields } from './ContactFields';
import { DescriptionFields, MarkFields } from './DescriptionFields';
import { IdentityFields, PlacementFields } from './IdentityFields';
import { ProfileConflict, type NewestProfile } from './ProfileConflict';
import { ProfileFormSection } from './ProfileFormSection';
import { checkProfileForm, formValuesOf } from './profileFormValues';
import { PhoneFields, SocialMediaFields } from './ReachFields';
import { useProfileForm } from './useProfileForm';
import { useSaveConflict } from './useSaveConflict';

interface ProfileFormProps {
  youth: Youth;
  profile: YouthProfile;
  onSaved: (youth: Youth, profile: YouthProfile) => void;
  /** A colleague's newer data, fetched after a conflict: the file shows it from now on. */
  onNewerData: (newest: NewestProfile) => void;
  /** Leaves the form: after saving, or after the user chose to throw the changes away. */
  onClose: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

/** "Gegevens wijzigen": the basic data and the whole profile, saved in one go through main (which checks access again). */
export function ProfileForm({ youth, profile, onSaved, onNewerData, onClose, onDirtyChange }: ProfileFormProps) {
  const form = useProfileForm(youth.id, () => formValuesOf(youth, profile));
  const { errors, formError, setFormError, formRef, showErrors, busy, send } = form.feedback;
  const saveConflict = useSaveConflict(youth, onNewerData, setFormError);
  const { load: locations } = useLoad(api.locations.list);
  const guard = useDiscardGuard({ dirty: form.dirty, busy, onLeave: onClose });

  useEffect(() => onDirtyChange(form.dirty), [form.dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const checked = checkProfileForm(youth.id, form.values);
    if (!checked.ok) {
      showErrors(checked.errors, null);
      return;
    }
    const result = await send(() => api.youths.update({ ...checked.update, basedOnUpdatedAt: saveConflict.basedOnUpdatedAt }));
    if (!result.ok) {
      if (result.error.code === 'CONFLICT') saveConflict.refused();
      return;
    }
    form.reset(formValuesOf(result.value, checked.update.profile));
    onSaved(result.value, checked.update.profile);
  }

  return (
    <form ref={formRef} noValidate onSubmit={submit} autoComplete="off" className="form profile-form" aria-labelledby="profile-edit-heading">
      <h3 id="profile-edit-heading" className="section-heading">
        Gegevens wijzigen
      </h3>
      <p className="form-intro">
        Velden met <span aria-hidden="true">*</span> zijn verplicht. Al het andere is optioneel: vul in wat je weet, de rest kan later. Elke wijziging
        wordt vastgelegd in de toegangslog.
      </p>
      <FormError message={formError} />
      {saveConflict.conflict && (
        <ProfileConflict key={saveConflict.conflict.refusals} newest={saveConflict.conflict.newest} onShowNewest={saveConflict.showNewest} />
      )}
      <ProfileFormSection title="Basisgegevens">
        <YouthFields
          values={form.values}
          errors={errors}
          onChange={form.change}
          onBlur={form.blur}
          locations={locations}
          currentLocation={{ id: youth.locationId, name: youth.locationName }}
          autoFocus
        />
      </ProfileFormSection>
      <IdentityFields form={form} />
      <PlacementFields form={form} />
      <ContactFields form={form} />
      <VulnerabilityFields form={form} />
      <MedicalFields form={form} />
      <DescriptionFields form={form} />
      <MarkFields form={form} />
      <PhoneFields form={form} />
      <SocialMediaFields form={form} />
      <BelongingsFields form={form} />
      <GuardedFormActions guard={guard} submitLabel="Wijzigingen opslaan" busy={busy} />
    </form>
  );
}
