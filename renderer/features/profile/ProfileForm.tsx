import { useEffect, useState, type FormEvent } from 'react';
import { confirmReplaceUnreadableMessage, type Youth, type YouthProfile, type YouthProfileSection } from '../../../preload/contract';
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
import { ReplaceUnreadableConfirmation } from './UnreadableSections';
import { useProfileForm } from './useProfileForm';
import { useSaveConflict } from './useSaveConflict';

interface ProfileFormProps {
  youth: Youth;
  profile: YouthProfile;
  /** Sections this version could not read: shown empty here, replaced only after the user confirms. */
  unreadable: readonly YouthProfileSection[];
  onSaved: (youth: Youth, profile: YouthProfile) => void;
  /** A colleague's newer data, fetched after a conflict: the file shows it from now on. */
  onNewerData: (newest: NewestProfile) => void;
  /** Leaves the form: after saving, or after the user chose to throw the changes away. */
  onClose: () => void;
  onDirtyChange: (dirty: boolean) => void;
}

/** "Gegevens wijzigen": the basic data and the whole profile, saved in one go through main (which checks access again). */
export function ProfileForm({ youth, profile, unreadable, onSaved, onNewerData, onClose, onDirtyChange }: ProfileFormProps) {
  const form = useProfileForm(youth.id, () => formValuesOf(youth, profile));
  const { errors, setErrors, formError, setFormError, formRef, showErrors, busy, send } = form.feedback;
  const [replaceUnreadable, setReplaceUnreadable] = useState(false);
  const saveConflict = useSaveConflict(youth, onNewerData, setFormError);
  const { load: locations } = useLoad(api.locations.list);
  const guard = useDiscardGuard({ dirty: form.dirty, busy, onLeave: onClose });

  useEffect(() => onDirtyChange(form.dirty), [form.dirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    guard.setConfirmingDiscard(false);
    const checked = checkProfileForm(youth.id, form.values);
    const unconfirmed = unreadable.length > 0 && !replaceUnreadable;
    if (!checked.ok || unconfirmed) {
      showErrors({ ...(checked.ok ? {} : checked.errors), ...(unconfirmed ? { replaceUnreadable: confirmReplaceUnreadableMessage } : {}) }, null);
      return;
    }
    const result = await send(() => api.youths.update({ ...checked.update, basedOnUpdatedAt: saveConflict.basedOnUpdatedAt, replaceUnreadable }));
    if (!result.ok) {
      // Main's refusal to replace unreadable sections is shown at the confirmation, not as a colleague's save.
      if (result.error.code === 'CONFLICT' && !result.error.fields?.replaceUnreadable) saveConflict.refused();
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
      <ReplaceUnreadableConfirmation
        sections={unreadable}
        checked={replaceUnreadable}
        onChange={(checked) => {
          setReplaceUnreadable(checked);
          setErrors(({ replaceUnreadable: _confirmed, ...rest }) => rest);
        }}
        error={errors.replaceUnreadable}
      />
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
