import { contactRoleLabels, youthProfileSectionLabels, type YouthProfile } from '../../../preload/contract';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { LabelOptions } from './LabelOptions';
import { RepeatingGroup } from './RepeatingGroup';
import type { ProfileForm } from './useProfileForm';

type Contact = YouthProfile['contacts'][number];
const newContact = (): Contact => ({ role: 'parent', name: '', organisation: '', phone: '', email: '', address: '', postcode: '', city: '', note: '' });

/** Parents, carers, the family guardian and the mentor: who to call, and who may be called. */
export function ContactFields({ form }: { form: ProfileForm }) {
  const key = 'profile.contacts';
  return (
    <RepeatingGroup
      legend={youthProfileSectionLabels.contacts}
      hint="Ouders of verzorgers, gezinsvoogd of voogd, mentor."
      rowName="Contact"
      emptyText="Nog geen contacten."
      {...form.list(key, newContact)}
    >
      {(_contact, index) => (
        <>
          <SelectField label="Rol" {...form.field(`${key}.${index}.role`)}>
            <LabelOptions labels={contactRoleLabels} />
          </SelectField>
          <TextField label="Naam" required {...form.field(`${key}.${index}.name`)} />
          <TextField label="Organisatie" {...form.field(`${key}.${index}.organisation`)} />
          <TextField label="Telefoonnummer" type="tel" hint="Bijvoorbeeld 06 12345678 of +32 470 12 34 56." {...form.field(`${key}.${index}.phone`)} />
          <TextField label="E-mailadres" type="email" {...form.field(`${key}.${index}.email`)} />
          <TextField label="Adres" {...form.field(`${key}.${index}.address`)} />
          <TextField label="Postcode" hint="Nederlandse postcode, bijvoorbeeld 1234 AB. Woont dit contact in het buitenland, zet de postcode dan bij het adres." {...form.field(`${key}.${index}.postcode`)} />
          <TextField label="Plaats" {...form.field(`${key}.${index}.city`)} />
          <TextAreaField label="Notitie" rows={2} {...form.field(`${key}.${index}.note`)} />
        </>
      )}
    </RepeatingGroup>
  );
}
