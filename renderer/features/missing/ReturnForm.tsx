import { policeContacts, type MissingEpisode } from '../../../preload/contract';
import { fromDateTimeLocal, toDateTimeLocal } from '../../components/dateTimeLocal';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { EpisodePartForm } from './EpisodePartForm';
import type { EpisodeFormProps } from './episodeFormProps';
import { StoredDetails } from './StoredDetails';
import { useEpisodePartForm } from './useEpisodePartForm';

const fromEpisode = ({ returned }: MissingEpisode) => ({
  returnedAt: toDateTimeLocal(returned?.returnedAt ?? ''),
  foundWhere: returned?.foundWhere ?? '',
  circumstances: returned?.circumstances ?? '',
  policeNotifiedAt: toDateTimeLocal(returned?.policeNotifiedAt ?? ''),
});
type ReturnValues = ReturnType<typeof fromEpisode>;
const toInput = (values: ReturnValues) => ({
  ...values,
  returnedAt: fromDateTimeLocal(values.returnedAt),
  policeNotifiedAt: fromDateTimeLocal(values.policeNotifiedAt),
});

/** "Terug": when and where the youth came back, and when the police were told (afgemeld). */
export function ReturnForm(props: EpisodeFormProps) {
  const form = useEpisodePartForm({ ...props, part: 'returned', fromEpisode, toInput, savedMessage: 'Terugkeer opgeslagen.' });
  const { returned } = props.view.episode;
  const field = (key: keyof ReturnValues) => ({ value: form.values[key], onChange: (value: string) => form.change(key, value), error: form.errorFor(key) });

  return (
    <EpisodePartForm
      form={form}
      title="Terug"
      submitLabel="Terugkeer opslaan"
      stored={
        <StoredDetails
          details={[
            { label: 'Terug op', at: returned?.returnedAt ?? '' },
            { label: 'Gevonden of teruggekomen', text: returned?.foundWhere ?? '' },
            { label: 'Omstandigheden', text: returned?.circumstances ?? '' },
            { label: 'Politie afgemeld op', at: returned?.policeNotifiedAt ?? '' },
          ]}
        />
      }
    >
      <TextField label="Terug op" type="datetime-local" required {...field('returnedAt')} />
      <TextField label="Waar gevonden of teruggekomen" {...field('foundWhere')} />
      <TextAreaField label="Omstandigheden" hint="Hoe de jongere terugkwam, in welke staat, met wie." rows={3} {...field('circumstances')} />
      <TextField
        label="Politie afgemeld op"
        type="datetime-local"
        hint={`Laat de politie weten dat de jongere terug is (${policeContacts.nonEmergency}, met het mutatienummer) en vul in wanneer.`}
        {...field('policeNotifiedAt')}
      />
    </EpisodePartForm>
  );
}
