import { sexualExploitationFollowUpAdvice, storedReturnConversationSchema, type MissingEpisode } from '../../../preload/contract';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { CheckboxField } from '../../components/CheckboxField';
import { EpisodePartForm } from './EpisodePartForm';
import type { EpisodeFormProps } from './episodeFormProps';
import { conversationDetails } from './conversationDetails';
import { StoredDetails } from '../../components/StoredDetails';
import { useEpisodePartForm } from './useEpisodePartForm';

/** Before the conversation nothing is stored: the form starts from the part's defaults. */
const notHeld = storedReturnConversationSchema.parse({ heldAt: '' });
const stored = ({ conversation }: MissingEpisode) => conversation ?? notHeld;

/** The return conversation: what preceded, what could prevent it next time, the agreements, medical follow-up. */
export function ReturnConversationForm(props: EpisodeFormProps) {
  const form = useEpisodePartForm({ ...props, part: 'conversation', stored, times: ['heldAt'], savedMessage: 'Terugkeergesprek opgeslagen.' });

  return (
    <EpisodePartForm
      form={form}
      title="Terugkeergesprek"
      intro="Bespreek met de jongere wat er gebeurde en wat helpt. De afspraken worden daarna voorgesteld als nieuwe versie van het veiligheidsplan."
      submitLabel="Terugkeergesprek opslaan"
      stored={
        <StoredDetails details={conversationDetails(props.view.episode.conversation)} />
      }
    >
      <TextField label="Gesprek gehouden op" type="datetime-local" required {...form.field('heldAt')} />
      <TextField label="Wie waren erbij" hint="Bijvoorbeeld de jongere, de mentor en de voogd." {...form.field('participants')} />
      <TextAreaField label="Wat ging eraan vooraf" rows={3} {...form.field('preceded')} />
      <TextAreaField label="Wat kan een volgende keer helpen om het te voorkomen" rows={3} {...form.field('prevention')} />
      <TextAreaField label="Afspraken" hint="Eén afspraak per regel." rows={3} {...form.field('agreements')} />
      <CheckboxField
        label="Seksuele uitbuiting vermoed"
        checked={form.values.sexualExploitationSuspected}
        onChange={(checked) => form.change('sexualExploitationSuspected', checked)}
      />
      {/* Always rendered, so the advice is read out as soon as the box is ticked. */}
      <div aria-live="polite">
        {form.values.sexualExploitationSuspected && (
          <div className="episode-advice">
            <p className="episode-advice-title">Medisch advies</p>
            <p>{sexualExploitationFollowUpAdvice}</p>
          </div>
        )}
      </div>
      {form.values.sexualExploitationSuspected && (
        <TextAreaField label="Medische opvolging" hint="Wat is afgesproken of gedaan, en met wie." rows={3} {...form.field('medicalFollowUp')} />
      )}
    </EpisodePartForm>
  );
}
