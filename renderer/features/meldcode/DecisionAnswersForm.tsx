import {
  conflictOfDutiesQuestionKeys,
  conflictOfDutiesQuestions,
  meldcodeQuestions,
  storedCaseDecisionAnswersSchema,
  type MeldcodeAnswerKey,
  type MeldcodeCase,
  type SocialMapEntry,
} from '../../../preload/contract';
import { TextAreaField } from '../../components/TextAreaField';
import { StoredDetails } from '../../components/StoredDetails';
import type { CasePanelProps } from './casePanel';
import { CasePartForm } from './CasePartForm';
import { triText } from './decisionText';
import { DecisionPreview } from './DecisionPreview';
import { TriField } from './TriField';
import { useCasePartForm } from './useCasePartForm';
import { useDecisionPreview } from './useDecisionPreview';

const stored = (meldcodeCase: MeldcodeCase) => storedCaseDecisionAnswersSchema.parse(meldcodeCase.decisionAnswers ?? {});
type Answers = ReturnType<typeof stored>;

/** Step 5's own questions, in the meldcode's order; the rest come from step 4 and the follow-ups. */
const ownQuestions = ['ownHelpPossible', 'helpAccepted', 'riskAvertableByOwnHelp', 'seriousDanger', 'realChanceOfHarm', 'consentToReport', 'wantsAnonymity'] as const satisfies readonly (keyof Answers & MeldcodeAnswerKey)[];
/** Answers step 4 gives: when the engine needs them, the form sends the user there. */
const weighingKeys: readonly MeldcodeAnswerKey[] = ['suspicionRemains', 'acuteDanger', 'structuralUnsafety'];

interface DecisionAnswersFormProps extends Omit<CasePanelProps, 'user'> {
  contacts: readonly SocialMapEntry[];
}

/**
 * The answers the decision needs, asked only as the path needs them: a question shows when the
 * engine misses it or it was answered already. Every change previews the outcome in main.
 */
export function DecisionAnswersForm({ view, onViewChange, onDirtyChange, announce, goToStep, contacts }: DecisionAnswersFormProps) {
  const form = useCasePartForm({ view, part: 'decisionAnswers', stored, savedMessage: 'Antwoorden van stap 5 opgeslagen.', onViewChange, onDirtyChange, announce });
  const { values, change, errorFor } = form;
  const { preview, pending, failure } = useDecisionPreview(view.case.id, values, form.dirty, view.preview);
  const shown = ownQuestions.filter((key) => preview.missing.includes(key) || values[key] !== null);
  const duties = values.conflictOfDuties;
  const showDuties = preview.missing.includes('conflictOfDutiesAnswered') || conflictOfDutiesQuestionKeys.some((key) => duties[key] !== '');
  const fromWeighing = preview.missing.filter((key) => weighingKeys.includes(key));
  const savedAnswers = stored(view.case);

  return (
    <CasePartForm
      form={form}
      title="Vragen voor het besluit"
      intro="Je krijgt alleen de vragen die voor deze jongere en deze antwoorden nodig zijn. De uitkomst rekent mee terwijl je antwoordt."
      submitLabel="Antwoorden opslaan"
      stored={<StoredDetails details={ownQuestions.map((key) => ({ label: meldcodeQuestions[key], text: triText(savedAnswers[key]) }))} />}
    >
      {fromWeighing.length > 0 && (
        <div className="notice notice-warning">
          <p className="notice-title">Eerst stap 4 afmaken</p>
          <ul className="notice-list">
            {fromWeighing.map((key) => (
              <li key={key}>{meldcodeQuestions[key]}</li>
            ))}
          </ul>
          <div>
            <button type="button" className="button" onClick={() => goToStep(4)}>
              Naar stap 4
            </button>
          </div>
        </div>
      )}
      {shown.map((key) => (
        <TriField key={key} legend={meldcodeQuestions[key]} value={values[key]} onChange={(value) => change(key, value)} error={errorFor(key)} />
      ))}
      {showDuties && (
        <fieldset className="settings-group">
          <legend>Conflict van plichten</legend>
          <p className="field-hint">
            Zonder toestemming kun je alleen melden als je het beroepsgeheim mag doorbreken. Beantwoord alle zes vragen; ze worden met het besluit
            vastgelegd.
          </p>
          {conflictOfDutiesQuestionKeys.map((key) => (
            <TextAreaField
              key={key}
              label={conflictOfDutiesQuestions[key]}
              rows={3}
              value={duties[key]}
              onChange={(value) => change('conflictOfDuties', { ...duties, [key]: value })}
              error={errorFor(`conflictOfDuties.${key}`)}
            />
          ))}
        </fieldset>
      )}
      {failure && <p className="field-error">{failure}</p>}
      <DecisionPreview preview={preview} pending={pending} contacts={contacts} unsaved={form.dirty} />
    </CasePartForm>
  );
}
