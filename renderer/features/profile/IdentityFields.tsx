import { genderLabels, legalFrameworkLabels, speaksDutchLabels, youthProfileSectionLabels } from '../../../preload/contract';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { localTodayIso } from '../youths/youthDates';
import { LabelOptions } from './LabelOptions';
import { ProfileFormSection } from './ProfileFormSection';
import type { ProfileForm } from './useProfileForm';

export function IdentityFields({ form }: { form: ProfileForm }) {
  return (
    <ProfileFormSection title={youthProfileSectionLabels.identity}>
      <SelectField label="Geslacht" {...form.field('profile.identity.gender')}>
        <LabelOptions labels={genderLabels} />
      </SelectField>
      <TextField
        label="BSN"
        inputMode="numeric"
        hint="Optioneel. Negen cijfers; de app controleert ze met de elfproef."
        {...form.field('profile.identity.bsn')}
      />
      <TextField label="Nationaliteit" {...form.field('profile.identity.nationality')} />
      <TextField label="Talen" hint="Bijvoorbeeld: Nederlands, Arabisch." {...form.field('profile.identity.languages')} />
      <SelectField label="Spreekt Nederlands" {...form.field('profile.identity.speaksDutch')}>
        <LabelOptions labels={speaksDutchLabels} />
      </SelectField>
    </ProfileFormSection>
  );
}

export function PlacementFields({ form }: { form: ProfileForm }) {
  return (
    <ProfileFormSection title={youthProfileSectionLabels.placement}>
      <TextField label="Startdatum plaatsing" type="date" max={localTodayIso()} {...form.field('profile.placement.startDate')} />
      <SelectField label="Juridisch kader" {...form.field('profile.placement.legalFramework')}>
        <LabelOptions labels={legalFrameworkLabels} />
      </SelectField>
      <TextAreaField label="Toelichting juridisch kader" rows={3} hint="Bijvoorbeeld tot wanneer de maatregel loopt." {...form.field('profile.placement.legalNote')} />
    </ProfileFormSection>
  );
}
