import { sexualExploitationFollowUpAdvice, type MissingEpisode } from '../../../preload/contract';
import { fromDateTimeLocal, toDateTimeLocal } from '../../components/dateTimeLocal';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { CheckboxField } from '../profile/CheckboxField';
import { EpisodePartForm } from './EpisodePartForm';
import type { EpisodeFormProps } from './episodeFormProps';
import { conversationDetails } from './conversationDetails';
import { StoredDetails } from './StoredDetails';
import { useEpisodePartForm } from './useEpisodePartForm';

const fromEpisode = ({ conversation }: MissingEpisode) => ({
  heldAt: toDateTimeLocal(conversation?.heldAt ?? ''),
  participants: conversation?.participants ?? '',
  preceded: conversation?.preceded ?? '',
  prevention: conversation?.prevention ?? '',
  agreements: conversation?.agreements ?? '',
  sexualExploitationSuspected: conversation?.sexualExploitationSuspected ?? false,
  medicalFollowUp: conversation?.medicalFollowUp ?? '',
});
type ConversationValues = ReturnType<typeof fromEpisode>;
type TextKey = Exclude<keyof ConversationValues, 'sexualExploitationSuspected'>;
const toInput = (values: ConversationValues) => ({ ...values, heldAt: fromDateTimeLocal(values.heldAt) });

/** The return conversation: what preceded, what could prevent it next time, the agreements, medical follow-up. */
export function ReturnConversationForm(props: EpisodeFormProps) {
  const form = useEpisodePartForm({ ...props, part: 'conversation', fromEpisode, toInput, savedMessage: 'Terugkeergesprek opgeslagen.' });
  const field = (key: TextKey) => ({ value: form.values[key], onChange: (value: string) => form.change(key, value), error: form.errorFor(key) });

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
      <TextField label="Gesprek gehouden op" type="datetime-local" required {...field('heldAt')} />
      <TextField label="Wie waren erbij" hint="Bijvoorbeeld de jongere, de mentor en de voogd." {...field('participants')} />
      <TextAreaField label="Wat ging eraan vooraf" rows={3} {...field('preceded')} />
      <TextAreaField label="Wat kan een volgende keer helpen om het te voorkomen" rows={3} {...field('prevention')} />
      <TextAreaField label="Afspraken" hint="Eén afspraak per regel." rows={3} {...field('agreements')} />
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
        <TextAreaField label="Medische opvolging" hint="Wat is afgesproken of gedaan, en met wie." rows={3} {...field('medicalFollowUp')} />
      )}
    </EpisodePartForm>
  );
}
