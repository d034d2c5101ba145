import { storedCaseHelpPlanSchema, type MeldcodeCase } from '../../../preload/contract';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { StoredDetails } from '../../components/StoredDetails';
import { formatDutchDate } from '../youths/youthDates';
import type { CasePanelProps } from './casePanel';
import { CasePartForm } from './CasePartForm';
import { YouthInformedFields } from './YouthInformedFields';
import { useCasePartForm } from './useCasePartForm';

const stored = (meldcodeCase: MeldcodeCase) => storedCaseHelpPlanSchema.parse(meldcodeCase.helpPlan ?? {});

/** 5a: the help, who gives it, the dates its effect is checked, and whether the youth was told. */
export function HelpPlanForm({ view, onViewChange, onDirtyChange, announce }: Omit<CasePanelProps, 'user' | 'goToStep'>) {
  const form = useCasePartForm({ view, part: 'helpPlan', stored, savedMessage: 'Hulpplan (5a) opgeslagen.', onViewChange, onDirtyChange, announce });
  const { values, change, field, errorFor } = form;
  const saved = stored(view.case);
  const dates = values.followUpDates;

  return (
    <CasePartForm
      form={form}
      title="5a · Hulp organiseren"
      intro="Beschrijf de hulp en plan momenten om te volgen of die de nodige veiligheid brengt. Blijft of groeit het vermoeden, dan meld je alsnog."
      submitLabel="Hulpplan opslaan"
      stored={
        <StoredDetails
          details={[
            { label: 'Hulp', text: saved.help },
            { label: 'Door', text: saved.providedBy },
            { label: 'Vervolgmomenten', text: saved.followUpDates.map(formatDutchDate).join(', ') },
          ]}
        />
      }
    >
      <TextAreaField label="Welke hulp komt er?" {...field('help')} required />
      <TextField label="Wie biedt de hulp?" {...field('providedBy')} maxLength={300} />
      <fieldset className="settings-group">
        <legend>Vervolgmomenten</legend>
        <p className="field-hint">Op deze data kijk je of de hulp werkt. Ze staan op het startscherm zodra ze eraan komen.</p>
        {dates.map((date, index) => (
          <div key={index} className="case-date-row">
            <TextField
              label={`Vervolgmoment ${index + 1}`}
              type="date"
              value={date}
              onChange={(value) => change('followUpDates', dates.map((current, at) => (at === index ? value : current)))}
              error={errorFor(`followUpDates.${index}`)}
            />
            <button type="button" className="button" onClick={() => change('followUpDates', dates.filter((_, at) => at !== index))}>
              Verwijderen<span className="visually-hidden"> vervolgmoment {index + 1}</span>
            </button>
          </div>
        ))}
        {errorFor('followUpDates') && <p className="field-error">{errorFor('followUpDates')}</p>}
        <div>
          <button type="button" className="button" onClick={() => change('followUpDates', [...dates, ''])}>
            Vervolgmoment toevoegen
          </button>
        </div>
      </fieldset>
      <YouthInformedFields
        value={values.youthInformed}
        onChange={(value) => change('youthInformed', value)}
        error={errorFor('youthInformed')}
        whyNot={field('whyNotInformed')}
      />
    </CasePartForm>
  );
}
