import { markKindLabels, youthProfileSectionLabels, type YouthProfile } from '../../../preload/contract';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { CheckboxField } from '../../components/CheckboxField';
import { LabelOptions } from './LabelOptions';
import { ProfileFormSection } from './ProfileFormSection';
import { descriptionTextFields } from './profileLabels';
import { RepeatingGroup } from './RepeatingGroup';
import type { ProfileForm } from './useProfileForm';

/** The signalement: what the police would ask to recognise the youth. */
export function DescriptionFields({ form }: { form: ProfileForm }) {
  const key = 'profile.description';
  return (
    <ProfileFormSection title={youthProfileSectionLabels.description} hint="Wat de politie vraagt om de jongere te herkennen.">
      <TextField label="Lengte in centimeters" inputMode="numeric" hint="Bijvoorbeeld 172." {...form.field(`${key}.heightCm`)} />
      {descriptionTextFields.map((field) => (
        <TextField key={field.key} label={field.label} {...form.field(`${key}.${field.key}`)} />
      ))}
      <CheckboxField label="Draagt een bril" {...form.checkbox(`${key}.glasses`)} />
      <TextAreaField label="Overige kenmerken" rows={2} hint="Bijvoorbeeld een opvallende manier van lopen of praten." {...form.field(`${key}.other`)} />
    </ProfileFormSection>
  );
}

type Mark = YouthProfile['marks'][number];

export function MarkFields({ form }: { form: ProfileForm }) {
  const key = 'profile.marks';
  return (
    <RepeatingGroup
      legend={youthProfileSectionLabels.marks}
      hint="Littekens, tatoeages, piercings en moedervlekken. Een foto van een kenmerk voeg je toe bij Foto's."
      rowName="Kenmerk"
      emptyText="Nog geen kenmerken."
      {...form.list<Mark>(key, () => ({ kind: 'tattoo', bodyPart: '', description: '' }))}
    >
      {(_mark, index) => (
        <>
          <SelectField label="Soort" {...form.field(`${key}.${index}.kind`)}>
            <LabelOptions labels={markKindLabels} />
          </SelectField>
          <TextField label="Plek op het lichaam" required hint="Bijvoorbeeld: linkeronderarm." {...form.field(`${key}.${index}.bodyPart`)} />
          <TextAreaField label="Beschrijving" rows={2} {...form.field(`${key}.${index}.description`)} />
        </>
      )}
    </RepeatingGroup>
  );
}
