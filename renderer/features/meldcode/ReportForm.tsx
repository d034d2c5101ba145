import { consentAnswerLabels, reportChannelLabels, reportChannels, storedCaseReportSchema, type ConsentAnswer, type MeldcodeCase, type ReportChannel, type SocialMapEntry } from '../../../preload/contract';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { RadioChoiceField } from '../../components/RadioChoiceField';
import { StoredDetails } from '../../components/StoredDetails';
import type { CasePanelProps } from './casePanel';
import { CasePartForm } from './CasePartForm';
import { ContactNumbers } from './ContactNumbers';
import { contactsFor } from './outcomeContacts';
import { reportDetails } from './stepRecordDetails';
import { YouthInformedFields } from './YouthInformedFields';
import { useCasePartForm } from './useCasePartForm';

const stored = (meldcodeCase: MeldcodeCase) => storedCaseReportSchema.parse(meldcodeCase.report ?? {});

interface ReportFormProps extends Omit<CasePanelProps, 'user' | 'goToStep'> {
  /** The social map: the chosen channel's numbers show beside it. */
  contacts: readonly SocialMapEntry[];
}

/** 5b: the report as it was made: where, when, by whom, with or without consent, and its reference. */
export function ReportForm({ view, onViewChange, onDirtyChange, announce, contacts }: ReportFormProps) {
  const form = useCasePartForm({ view, part: 'report', stored, savedMessage: 'Melding (5b) vastgelegd.', onViewChange, onDirtyChange, announce });
  const { values, change, field, errorFor } = form;
  const saved = stored(view.case);

  return (
    <CasePartForm
      form={form}
      title="5b · Melding vastleggen"
      intro="Leg vast hoe je hebt gemeld. Informeer de jongere vooraf, tenzij de veiligheid dat niet toelaat of de jongere dan uit beeld raakt."
      submitLabel="Melding opslaan"
      stored={<StoredDetails details={reportDetails(saved)} />}
    >
      <SelectField label="Waar heb je gemeld?" value={values.channel} onChange={(value) => change('channel', value as ReportChannel)} error={errorFor('channel')} required>
        <option value="">Kies…</option>
        {reportChannels.map((channel) => (
          <option key={channel} value={channel}>
            {reportChannelLabels[channel]}
          </option>
        ))}
      </SelectField>
      {values.channel && <ChannelNumbers entries={contactsFor({ channel: values.channel }, contacts)} />}
      <TextField label="Datum van de melding" type="date" {...field('reportedOn')} required />
      <TextField label="Wie deed de melding?" {...field('reportedBy')} maxLength={120} required />
      <RadioChoiceField legend="Toestemming van de jongere (of ouders) om te melden" labels={consentAnswerLabels} value={values.consent} onChange={(value: ConsentAnswer) => change('consent', value)} error={errorFor('consent')} />
      <YouthInformedFields value={values.youthInformed} onChange={(value) => change('youthInformed', value)} error={errorFor('youthInformed')} whyNot={field('whyNotInformed')} />
      <TextField label="Kenmerk van de melding" hint="Het nummer of kenmerk dat je bij de melding kreeg." {...field('reference')} maxLength={60} />
      <TextAreaField label="Toelichting" {...field('note')} />
    </CasePartForm>
  );
}

function ChannelNumbers({ entries }: { entries: readonly SocialMapEntry[] }) {
  if (entries.length === 0) return <p className="field-hint">Geen telefoonnummer in de sociale kaart voor deze plek.</p>;
  return (
    <p className="case-channel-numbers">
      <span className="muted">Uit de sociale kaart: </span>
      <ContactNumbers entries={entries} />
    </p>
  );
}
