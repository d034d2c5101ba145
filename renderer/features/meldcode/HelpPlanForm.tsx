import { useId, useRef } from 'react';
import { storedCaseHelpPlanSchema, type MeldcodeCase } from '../../../preload/contract';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { StoredDetails } from '../../components/StoredDetails';
import { localTodayIso } from '../youths/youthDates';
import type { CasePanelProps } from './casePanel';
import { CasePartForm } from './CasePartForm';
import { followUpDateErrors } from './followUpDateChecks';
import { helpPlanDetails } from './stepRecordDetails';
import { YouthInformedFields } from './YouthInformedFields';
import { useCasePartForm } from './useCasePartForm';

const stored = (meldcodeCase: MeldcodeCase) => storedCaseHelpPlanSchema.parse(meldcodeCase.helpPlan ?? {});

/** 5a: the help, who gives it, the dates its effect is checked, and whether the youth was told. */
export function HelpPlanForm({ view, onViewChange, onDirtyChange, announce }: Omit<CasePanelProps, 'user' | 'goToStep'>) {
  const saved = stored(view.case);
  const form = useCasePartForm({
    view,
    part: 'helpPlan',
    stored,
    savedMessage: 'Hulpplan (5a) opgeslagen.',
    refine: (values) => followUpDateErrors(values.followUpDates, saved.followUpDates, localTodayIso()),
    onViewChange,
    onDirtyChange,
    announce,
  });
  const { values, change, field, errorFor } = form;
  const dates = values.followUpDates;
  const rowKeys = useRowKeys(dates.length);
  const datesErrorId = useId();
  const datesError = errorFor('followUpDates');

  function removeDate(index: number) {
    rowKeys.remove(index);
    change('followUpDates', dates.filter((_, at) => at !== index));
  }

  return (
    <CasePartForm
      form={form}
      title="5a · Hulp organiseren"
      intro="Beschrijf de hulp en plan momenten om te volgen of die de nodige veiligheid brengt. Blijft of groeit het vermoeden, dan meld je alsnog."
      submitLabel="Hulpplan opslaan"
      stored={<StoredDetails details={helpPlanDetails(saved)} />}
    >
      <TextAreaField label="Welke hulp komt er?" {...field('help')} required />
      <TextField label="Wie biedt de hulp?" {...field('providedBy')} maxLength={300} />
      <fieldset className="settings-group" aria-describedby={datesError ? datesErrorId : undefined}>
        <legend>Vervolgmomenten</legend>
        <p className="field-hint">Op deze data kijk je of de hulp werkt. Ze staan op het startscherm zodra ze eraan komen.</p>
        {dates.map((date, index) => (
          <div key={rowKeys.keys[index]} className="case-date-row">
            <TextField
              label={`Vervolgmoment ${index + 1}`}
              type="date"
              value={date}
              onChange={(value) => change('followUpDates', dates.map((current, at) => (at === index ? value : current)))}
              error={errorFor(`followUpDates.${index}`)}
            />
            <button type="button" className="button" onClick={() => removeDate(index)}>
              Verwijderen<span className="visually-hidden"> vervolgmoment {index + 1}</span>
            </button>
          </div>
        ))}
        {datesError && (
          <p id={datesErrorId} className="field-error">
            {datesError}
          </p>
        )}
        <div>
          <button type="button" className="button" aria-describedby={datesError ? datesErrorId : undefined} onClick={() => change('followUpDates', [...dates, ''])}>
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

/**
 * A key per date row that stays with the row when an earlier one is removed, so React does not
 * hand one row's input state (and focus) to the next; rows added or dropped elsewhere (a save, a
 * reset) get new keys at the end.
 */
function useRowKeys(count: number) {
  const next = useRef(0);
  const keys = useRef<number[]>([]);
  while (keys.current.length < count) keys.current.push(next.current++);
  keys.current.length = count;
  return { keys: keys.current, remove: (index: number) => void keys.current.splice(index, 1) };
}
