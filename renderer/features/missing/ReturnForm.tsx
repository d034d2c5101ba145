import { policeContacts, storedReturnSchema, type MissingEpisode } from '../../../preload/contract';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { EpisodePartForm } from './EpisodePartForm';
import type { EpisodeFormProps } from './episodeFormProps';
import { StoredDetails } from '../../components/StoredDetails';
import { useEpisodePartForm } from './useEpisodePartForm';

/** Before the return nothing is stored: the form starts from the part's defaults. */
const notReturned = storedReturnSchema.parse({ returnedAt: '' });
const stored = ({ returned }: MissingEpisode) => returned ?? notReturned;

/** "Terug": when and where the youth came back, and when the police were told (afgemeld). */
export function ReturnForm(props: EpisodeFormProps) {
  const form = useEpisodePartForm({ ...props, part: 'returned', stored, times: ['returnedAt', 'policeNotifiedAt'], savedMessage: 'Terugkeer opgeslagen.' });
  const returned = stored(props.view.episode);

  return (
    <EpisodePartForm
      form={form}
      title="Terug"
      submitLabel="Terugkeer opslaan"
      stored={
        <StoredDetails
          details={[
            { label: 'Terug op', at: returned.returnedAt },
            { label: 'Gevonden of teruggekomen', text: returned.foundWhere },
            { label: 'Omstandigheden', text: returned.circumstances },
            { label: 'Politie afgemeld op', at: returned.policeNotifiedAt },
          ]}
        />
      }
    >
      <TextField label="Terug op" type="datetime-local" required {...form.field('returnedAt')} />
      <TextField label="Waar gevonden of teruggekomen" {...form.field('foundWhere')} />
      <TextAreaField label="Omstandigheden" hint="Hoe de jongere terugkwam, in welke staat, met wie." rows={3} {...form.field('circumstances')} />
      <TextField
        label="Politie afgemeld op"
        type="datetime-local"
        hint={`Laat de politie weten dat de jongere terug is (${policeContacts.nonEmergency}, met het mutatienummer) en vul in wanneer.`}
        {...form.field('policeNotifiedAt')}
      />
    </EpisodePartForm>
  );
}
