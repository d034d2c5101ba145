import { idDocumentLabels, youthProfileSectionLabels } from '../../../preload/contract';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { LabelOptions } from './LabelOptions';
import { ProfileFormSection } from './ProfileFormSection';
import type { ProfileForm } from './useProfileForm';

/** Where the ID document, bank cards and transport passes are: exploiters often take them. */
export function BelongingsFields({ form }: { form: ProfileForm }) {
  const key = 'profile.belongings';
  return (
    <ProfileFormSection title={youthProfileSectionLabels.belongings} hint="Identiteitsbewijs, bankpassen en ov-kaarten: uitbuiters nemen ze vaak in.">
      <SelectField label="Identiteitsbewijs" {...form.field(`${key}.idDocument`)}>
        <LabelOptions labels={idDocumentLabels} />
      </SelectField>
      <TextAreaField label="Toelichting identiteitsbewijs" rows={2} {...form.field(`${key}.idDocumentNote`)} />
      <TextAreaField label="Bankpassen" rows={2} hint="Welke passen, en wie ze bewaart." {...form.field(`${key}.bankCards`)} />
      <TextAreaField label="Ov-kaarten en abonnementen" rows={2} {...form.field(`${key}.transportPasses`)} />
    </ProfileFormSection>
  );
}
