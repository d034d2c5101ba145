import { youthProfileSectionLabels, type YouthProfile } from '../../../preload/contract';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { phoneFieldLabels } from './profileLabels';
import { RepeatingGroup } from './RepeatingGroup';
import type { ProfileForm } from './useProfileForm';

type Phone = YouthProfile['phones'][number];

/** The youth's own phones: a second or unexplained phone is itself a signal. */
export function PhoneFields({ form }: { form: ProfileForm }) {
  const key = 'profile.phones';
  return (
    <RepeatingGroup
      legend={youthProfileSectionLabels.phones}
      hint="Ook een tweede toestel of een nummer dat de jongere van iemand anders kreeg."
      rowName="Telefoon"
      emptyText="Nog geen telefoonnummers."
      {...form.list<Phone>(key, () => ({ number: '', handset: '', provider: '', billPayer: '', note: '' }))}
    >
      {(_phone, index) => (
        <>
          <TextField label={phoneFieldLabels.number} type="tel" required hint="Bijvoorbeeld 06 12345678 of +32 470 12 34 56." {...form.field(`${key}.${index}.number`)} />
          <TextField label={phoneFieldLabels.handset} hint="Merk, kleur, hoesje." {...form.field(`${key}.${index}.handset`)} />
          <TextField label={phoneFieldLabels.provider} hint="Of: prepaid." {...form.field(`${key}.${index}.provider`)} />
          <TextField label={phoneFieldLabels.billPayer} {...form.field(`${key}.${index}.billPayer`)} />
          <TextAreaField label="Notitie" rows={2} {...form.field(`${key}.${index}.note`)} />
        </>
      )}
    </RepeatingGroup>
  );
}

type Account = YouthProfile['socialMedia'][number];

export function SocialMediaFields({ form }: { form: ProfileForm }) {
  const key = 'profile.socialMedia';
  return (
    <RepeatingGroup
      legend={youthProfileSectionLabels.socialMedia}
      hint="Platform en accountnaam. Sla nooit een wachtwoord op."
      rowName="Account"
      emptyText="Nog geen accounts."
      {...form.list<Account>(key, () => ({ platform: '', handle: '', note: '' }))}
    >
      {(_account, index) => (
        <>
          <TextField label="Platform" required hint="Bijvoorbeeld Snapchat, Instagram of TikTok." {...form.field(`${key}.${index}.platform`)} />
          <TextField label="Accountnaam" required {...form.field(`${key}.${index}.handle`)} />
          <TextAreaField label="Notitie" rows={2} {...form.field(`${key}.${index}.note`)} />
        </>
      )}
    </RepeatingGroup>
  );
}
