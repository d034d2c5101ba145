import { lvbLabels, youthProfileSectionLabels, type YouthProfile } from '../../../preload/contract';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { CheckboxField } from '../../components/CheckboxField';
import { LabelOptions } from './LabelOptions';
import { ProfileFormSection } from './ProfileFormSection';
import { vulnerabilityFlags } from './profileLabels';
import { RepeatingGroup } from './RepeatingGroup';
import type { ProfileForm } from './useProfileForm';

export function VulnerabilityFields({ form }: { form: ProfileForm }) {
  const key = 'profile.vulnerabilities';
  return (
    <ProfileFormSection title={youthProfileSectionLabels.vulnerabilities} hint="Een licht verstandelijke beperking en psychische problemen maken een jongere kwetsbaarder voor uitbuiting.">
      <SelectField label="Licht verstandelijke beperking (LVB)" {...form.field(`${key}.lvb`)}>
        <LabelOptions labels={lvbLabels} />
      </SelectField>
      <TextAreaField label="Toelichting LVB" rows={2} {...form.field(`${key}.lvbNote`)} />
      {vulnerabilityFlags.map((flag) => (
        <div key={flag.key} className="profile-flag">
          <CheckboxField label={flag.label} {...form.checkbox(`${key}.${flag.key}.present`)} />
          <TextAreaField label={`Toelichting ${flag.label.toLocaleLowerCase('nl-NL')}`} rows={2} {...form.field(`${key}.${flag.key}.note`)} />
        </div>
      ))}
      <TextAreaField label="Overige kwetsbaarheden" rows={3} {...form.field(`${key}.other`)} />
    </ProfileFormSection>
  );
}

type Medication = YouthProfile['medical']['medications'][number];

export function MedicalFields({ form }: { form: ProfileForm }) {
  const key = 'profile.medical.medications';
  return (
    <ProfileFormSection title={youthProfileSectionLabels.medical}>
      <TextAreaField label="Medische bijzonderheden" rows={3} hint="Bijvoorbeeld allergieën, diabetes of epilepsie." {...form.field('profile.medical.needs')} />
      <RepeatingGroup
        legend="Medicatie"
        rowName="Medicijn"
        emptyText="Geen medicatie ingevuld."
        {...form.list<Medication>(key, () => ({ name: '', dose: '', note: '' }))}
      >
        {(_medication, index) => (
          <>
            <TextField label="Naam van het medicijn" required {...form.field(`${key}.${index}.name`)} />
            <TextField label="Dosering" hint="Bijvoorbeeld 10 mg, twee keer per dag." {...form.field(`${key}.${index}.dose`)} />
            <TextAreaField label="Notitie" rows={2} {...form.field(`${key}.${index}.note`)} />
          </>
        )}
      </RepeatingGroup>
    </ProfileFormSection>
  );
}
