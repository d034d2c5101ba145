import type { MissingEpisode } from '../../../preload/contract';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { EpisodePartForm } from './EpisodePartForm';
import type { EpisodeFormProps } from './episodeFormProps';
import { StoredDetails } from '../../components/StoredDetails';
import { useEpisodePartForm } from './useEpisodePartForm';

const stored = ({ informed }: MissingEpisode) => informed;

/** "Ouders en voogd ingelicht": when each was told, and a note on who and how. */
export function InformedForm(props: EpisodeFormProps) {
  const form = useEpisodePartForm({ ...props, part: 'informed', stored, times: ['parentsAt', 'guardianAt'], savedMessage: 'Ouders en voogd ingelicht: opgeslagen.' });
  const { informed } = props.view.episode;

  return (
    <EpisodePartForm
      form={form}
      title="Ouders en voogd ingelicht"
      submitLabel="Ouders en voogd opslaan"
      stored={
        <StoredDetails
          details={[
            { label: 'Ouders ingelicht op', at: informed.parentsAt },
            { label: 'Voogd ingelicht op', at: informed.guardianAt },
            { label: 'Toelichting', text: informed.note },
          ]}
        />
      }
    >
      <TextField label="Ouders ingelicht op" type="datetime-local" {...form.field('parentsAt')} />
      <TextField label="Voogd of gezinsvoogd ingelicht op" type="datetime-local" {...form.field('guardianAt')} />
      <TextAreaField label="Toelichting" hint="Wie je sprak en hoe, of waarom iemand (nog) niet is ingelicht." rows={3} {...form.field('note')} />
    </EpisodePartForm>
  );
}
