import type { MissingEpisode } from '../../../preload/contract';
import { fromDateTimeLocal, toDateTimeLocal } from '../../components/dateTimeLocal';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { EpisodePartForm } from './EpisodePartForm';
import type { EpisodeFormProps } from './episodeFormProps';
import { StoredDetails } from './StoredDetails';
import { useEpisodePartForm } from './useEpisodePartForm';

const fromEpisode = ({ informed }: MissingEpisode) => ({
  ...informed,
  parentsAt: toDateTimeLocal(informed.parentsAt),
  guardianAt: toDateTimeLocal(informed.guardianAt),
});
type InformedValues = ReturnType<typeof fromEpisode>;
const toInput = (values: InformedValues) => ({
  ...values,
  parentsAt: fromDateTimeLocal(values.parentsAt),
  guardianAt: fromDateTimeLocal(values.guardianAt),
});

/** "Ouders en voogd ingelicht": when each was told, and a note on who and how. */
export function InformedForm(props: EpisodeFormProps) {
  const form = useEpisodePartForm({ ...props, part: 'informed', fromEpisode, toInput, savedMessage: 'Ouders en voogd ingelicht: opgeslagen.' });
  const { informed } = props.view.episode;
  const field = (key: keyof InformedValues) => ({ value: form.values[key], onChange: (value: string) => form.change(key, value), error: form.errorFor(key) });

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
      <TextField label="Ouders ingelicht op" type="datetime-local" {...field('parentsAt')} />
      <TextField label="Voogd of gezinsvoogd ingelicht op" type="datetime-local" {...field('guardianAt')} />
      <TextAreaField label="Toelichting" hint="Wie je sprak en hoe, of waarom iemand (nog) niet is ingelicht." rows={3} {...field('note')} />
    </EpisodePartForm>
  );
}
