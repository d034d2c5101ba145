import { useEffect } from 'react';
import { reportOutcomes, type SocialMapEntry } from '../../../preload/contract';
import { api } from '../../app/api';
import { useDirtyParts } from '../../components/useDirtyParts';
import { useLoad } from '../../components/useLoad';
import type { CasePanelProps } from './casePanel';
import { CloseCaseForm } from './CloseCaseForm';
import { DecisionAnswersForm } from './DecisionAnswersForm';
import { DecisionConfirmation } from './DecisionConfirmation';
import { DecisionHistory } from './DecisionHistory';
import { EarlierStepRecords } from './EarlierStepRecords';
import { FollowUps } from './FollowUps';
import { HelpPlanForm } from './HelpPlanForm';
import { ReportForm } from './ReportForm';
import { helpPlanDetails, reportDetails } from './stepRecordDetails';

const forms = ['answers', 'deviation', 'helpPlan', 'followUp', 'report', 'close'] as const;
const noContacts: SocialMapEntry[] = [];

/**
 * Step 5: the questions the path needs with the outcome beside them, confirming (or deviating),
 * the confirmed decisions, and then 5a or 5b as the newest decision holds, and closing the case.
 */
export function DecisionStep({ view, onViewChange, onDirtyChange, announce, goToStep }: CasePanelProps) {
  const { dirtyParts, handlers } = useDirtyParts(forms);
  const anyDirty = dirtyParts.size > 0;
  useEffect(() => onDirtyChange(anyDirty), [anyDirty, onDirtyChange]);
  useEffect(() => () => onDirtyChange(false), [onDirtyChange]);
  const socialMap = useLoad(api.socialMap.list);
  const contacts = socialMap.load.state === 'loaded' ? socialMap.load.value : noContacts;

  const newest = view.case.decisions[0];
  const chosen = newest?.chosenOutcomes ?? [];
  const ownHelp = chosen.includes('own-help');
  const reported = chosen.some((outcome) => reportOutcomes.includes(outcome));
  const unfounded = chosen.includes('close-unfounded');
  const open = view.case.status === 'open';
  const shared = { view, onViewChange, announce };

  return (
    <section className="panel case-step" aria-labelledby="case-decision-heading">
      <h2 id="case-decision-heading" className="section-heading">
        Beslissen
      </h2>
      {open && unfounded && <CloseCaseForm {...shared} prominent onDirtyChange={handlers.close} />}
      {socialMap.load.state === 'failed' && <p className="field-error">De telefoonnummers van de sociale kaart konden niet worden geladen: {socialMap.load.message}</p>}
      <DecisionAnswersForm {...shared} onDirtyChange={handlers.answers} goToStep={goToStep} contacts={contacts} />
      {open && <DecisionConfirmation {...shared} answersUnsaved={dirtyParts.has('answers')} onDirtyChange={handlers.deviation} />}
      <DecisionHistory view={view} onViewChange={onViewChange} announce={announce} />
      {ownHelp && (
        <>
          <HelpPlanForm {...shared} onDirtyChange={handlers.helpPlan} />
          <FollowUps {...shared} onDirtyChange={handlers.followUp} />
        </>
      )}
      {reported && <ReportForm {...shared} onDirtyChange={handlers.report} contacts={contacts} />}
      <EarlierStepRecords title="Eerder vastgelegde hulpplannen (5a)" records={view.case.helpPlanHistory} decisions={view.case.decisions} details={helpPlanDetails} />
      <EarlierStepRecords title="Eerder vastgelegde meldingen (5b)" records={view.case.reportHistory} decisions={view.case.decisions} details={reportDetails} />
      {open && !unfounded && <CloseCaseForm {...shared} prominent={false} onDirtyChange={handlers.close} />}
    </section>
  );
}
