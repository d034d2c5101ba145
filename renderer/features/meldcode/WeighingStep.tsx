import {
  harmChanceLabels,
  harmChances,
  severities,
  severityLabels,
  storedCaseWeighingSchema,
  weighingOutcomeLabels,
  weighingQuestions,
  type MeldcodeCase,
  type WeighingOutcome,
  type WeighingQuestion,
} from '../../../preload/contract';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { RadioChoiceField } from '../../components/RadioChoiceField';
import { StoredDetails } from '../../components/StoredDetails';
import { useCombinedDirty } from '../../components/useCombinedDirty';
import { AnonymousConsultationPanel } from '../consultation/AnonymousConsultationPanel';
import type { CasePanelProps } from './casePanel';
import { CasePartForm } from './CasePartForm';
import { triText } from './decisionText';
import { TriField } from './TriField';
import { useCasePartForm } from './useCasePartForm';

const stored = (meldcodeCase: MeldcodeCase) => storedCaseWeighingSchema.parse(meldcodeCase.weighing ?? {});
type Weighing = ReturnType<typeof stored>;

/** The checklist in a few groups, so the form reads as a conversation with yourself rather than one long list. */
const checklistGroups: { legend: string; questions: WeighingQuestion[] }[] = [
  { legend: 'Feiten en bronnen', questions: ['facts', 'sources', 'observed', 'interpretation'] },
  { legend: 'Getoetst bij anderen', questions: ['tested', 'othersView', 'riskOfViolence'] },
  { legend: 'Wat de jongere zegt', questions: ['youthsView', 'helpNeeded', 'willingToReport', 'youthsSteps', 'enoughProtection'] },
  { legend: 'Toestemming en hulp', questions: ['consent', 'notDiscussed', 'ownHelp', 'helpKnowledge', 'helpProtects', 'triedConsent', 'reasonsWithoutConsent'] },
];

function storedDetails(weighing: Weighing) {
  return [
    { label: 'Aard', text: weighing.nature },
    { label: 'Ernst', text: severityLabels[weighing.severity] },
    { label: 'Kans op schade', text: harmChanceLabels[weighing.chanceOfHarm] },
    { label: 'Acute onveiligheid', text: triText(weighing.acuteUnsafety) },
    { label: 'Structurele onveiligheid', text: triText(weighing.structuralUnsafety) },
    { label: 'Uitkomst', text: weighing.outcome ? weighingOutcomeLabels[weighing.outcome] : '' },
    { label: 'Onderbouwing', text: weighing.explanation },
  ];
}

const parts = ['weighing', 'anonymous'] as const;

/** Step 4: the weighing checklist as a guided form, then the weighing itself and its outcome; below it, the anonymised text to consult outside the organisation. */
export function WeighingStep({ view, onViewChange, onDirtyChange, announce }: CasePanelProps) {
  const { handlers } = useCombinedDirty(parts, onDirtyChange);
  const form = useCasePartForm({ view, part: 'weighing', stored, savedMessage: 'Stap 4 opgeslagen: de weging.', onViewChange, onDirtyChange: handlers.weighing, announce });
  const { values, change, field, errorFor } = form;

  return (
    <section className="panel case-step" aria-labelledby="case-weighing-heading">
      <h2 id="case-weighing-heading" className="section-heading">
        Wegen
      </h2>
      <CasePartForm
        form={form}
        title="De weging"
        intro="Loop de vragen door; ze hoeven niet allemaal een antwoord te krijgen. Weeg daarna het risico op geweld, dwang en uitbuiting."
        submitLabel="Stap 4 opslaan"
        stored={<StoredDetails details={storedDetails(stored(view.case))} />}
      >
        {checklistGroups.map((group) => (
          <fieldset key={group.legend} className="settings-group">
            <legend>{group.legend}</legend>
            {group.questions.map((question) => (
              <TextAreaField
                key={question}
                label={weighingQuestions[question]}
                rows={3}
                value={values.checklist[question]}
                onChange={(value) => change('checklist', { ...values.checklist, [question]: value })}
                error={errorFor(`checklist.${question}`)}
              />
            ))}
          </fieldset>
        ))}
        <fieldset className="settings-group">
          <legend>Het risico</legend>
          <TextAreaField label="Aard van het risico" {...field('nature')} />
          <SelectField label="Ernst" value={values.severity} onChange={(value) => change('severity', value as Weighing['severity'])} error={errorFor('severity')}>
            {severities.map((severity) => (
              <option key={severity} value={severity}>
                {severityLabels[severity]}
              </option>
            ))}
          </SelectField>
          <SelectField label="Kans op (verdere) schade" value={values.chanceOfHarm} onChange={(value) => change('chanceOfHarm', value as Weighing['chanceOfHarm'])} error={errorFor('chanceOfHarm')}>
            {harmChances.map((chance) => (
              <option key={chance} value={chance}>
                {harmChanceLabels[chance]}
              </option>
            ))}
          </SelectField>
          <TriField legend="Is er acute onveiligheid: wordt iemands veiligheid nu bedreigd?" value={values.acuteUnsafety} onChange={(value) => change('acuteUnsafety', value)} error={errorFor('acuteUnsafety')} />
          <TriField legend="Is er structurele onveiligheid?" value={values.structuralUnsafety} onChange={(value) => change('structuralUnsafety', value)} error={errorFor('structuralUnsafety')} />
        </fieldset>
        <fieldset className="settings-group">
          <legend>Uitkomst van de weging</legend>
          <RadioChoiceField
            legend="Wat is de uitkomst?"
            labels={weighingOutcomeLabels}
            value={values.outcome ?? ''}
            onChange={(outcome: WeighingOutcome) => change('outcome', outcome)}
            error={errorFor('outcome')}
          />
          <TextAreaField label="Onderbouwing" {...field('explanation')} />
        </fieldset>
      </CasePartForm>
      <AnonymousConsultationPanel caseId={view.case.id} step={4} onDirtyChange={handlers.anonymous} />
    </section>
  );
}
