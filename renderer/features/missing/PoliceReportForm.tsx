import { policeContacts, type MissingEpisode } from '../../../preload/contract';
import { TextField } from '../../components/TextField';
import { EpisodePartForm } from './EpisodePartForm';
import type { EpisodeFormProps } from './episodeFormProps';
import { StoredDetails } from '../../components/StoredDetails';
import { useEpisodePartForm } from './useEpisodePartForm';

const stored = ({ police }: MissingEpisode) => police;

/** "Politie ingelicht": when and by whom, the mutatienummer and the officer, as the police gave them. */
export function PoliceReportForm(props: EpisodeFormProps) {
  const form = useEpisodePartForm({ ...props, part: 'police', stored, times: ['reportedAt'], savedMessage: 'Melding bij de politie opgeslagen.' });
  const { police } = props.view.episode;

  return (
    <EpisodePartForm
      form={form}
      title="Politie ingelicht"
      intro={`Urgent: bel ${policeContacts.emergency}. Anders: ${policeContacts.nonEmergency} of ${policeContacts.form}. Vul in wat de politie je gaf.`}
      submitLabel="Melding bij de politie opslaan"
      stored={
        <StoredDetails
          details={[
            { label: 'Politie ingelicht op', at: police.reportedAt },
            { label: 'Door', text: police.reportedBy },
            { label: 'Mutatienummer', text: police.reference },
            { label: 'Agent', text: police.officerName },
            { label: 'Nummer agent', text: police.officerNumber },
          ]}
        />
      }
    >
      <TextField label="Politie ingelicht op" type="datetime-local" {...form.field('reportedAt')} />
      <TextField label="Wie heeft de politie ingelicht" {...form.field('reportedBy')} />
      <TextField label="Mutatienummer" hint="Het nummer dat de politie aan de melding gaf (mutatie- of registratienummer)." {...form.field('reference')} />
      <TextField label="Naam van de agent" {...form.field('officerName')} />
      <TextField label="Nummer van de agent" hint="Het dienstnummer, als de agent het noemde." {...form.field('officerNumber')} />
    </EpisodePartForm>
  );
}
