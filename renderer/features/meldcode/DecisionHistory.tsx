import { useState } from 'react';
import { meldcodeOutcomeLabels, type CaseView, type StoredDecision } from '../../../preload/contract';
import { api } from '../../app/api';
import { FormError } from '../../components/FormError';
import { formatDateTime } from '../../components/formatDateTime';

interface DecisionHistoryProps {
  view: CaseView;
  onViewChange: (view: CaseView) => void;
  announce: (message: string) => void;
}

/** The confirmed decisions, newest first, each with who, when, the rules it followed and its countersignature. */
export function DecisionHistory({ view, onViewChange, announce }: DecisionHistoryProps) {
  const { decisions } = view.case;
  if (decisions.length === 0) return null;
  return (
    <section aria-labelledby="decision-history-heading">
      <h3 id="decision-history-heading" className="case-form-heading">
        Bevestigde besluiten
      </h3>
      <ol className="case-records" aria-label="Bevestigde besluiten, nieuwste eerst">
        {decisions.map((decision) => (
          <DecisionRecord key={decision.id} decision={decision} view={view} onViewChange={onViewChange} announce={announce} />
        ))}
      </ol>
    </section>
  );
}

function DecisionRecord({ decision, view, onViewChange, announce }: { decision: StoredDecision } & DecisionHistoryProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function countersign() {
    setBusy(true);
    const result = await api.meldcode.countersign({ caseId: view.case.id, decisionId: decision.id });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    onViewChange(result.value);
    announce('Besluit medeondertekend.');
  }

  return (
    <li className="case-record">
      <p className="case-record-title">
        {decision.chosenOutcomes.map((outcome) => meldcodeOutcomeLabels[outcome]).join('; ')}
      </p>
      <dl className="details-list">
        <dt>Bevestigd</dt>
        <dd>
          {formatDateTime(decision.decidedAt)} door {decision.confirmedByName}
        </dd>
        <dt>Regels</dt>
        <dd>{decision.computed.ruleSetVersion}</dd>
        {decision.deviationReason && (
          <>
            <dt>Afgeweken van</dt>
            <dd>{decision.computed.outcomes.map((outcome) => meldcodeOutcomeLabels[outcome]).join('; ') || 'geen uitkomst'}</dd>
            <dt>Reden</dt>
            <dd className="case-text">{decision.deviationReason}</dd>
          </>
        )}
        <dt>Medeondertekening</dt>
        <dd>
          {!decision.countersignRequired
            ? 'Niet nodig'
            : decision.countersignedAt
              ? `Medeondertekend door ${decision.countersignedByName ?? 'onbekend'}, ${formatDateTime(decision.countersignedAt)}`
              : 'Wacht op een teamleider of de aandachtsfunctionaris'}
        </dd>
      </dl>
      <FormError message={error} />
      {decision.mayCountersign && (
        <div className="form-actions">
          <button type="button" className="button button-primary" disabled={busy} onClick={() => void countersign()}>
            {busy ? 'Bezig…' : 'Medeondertekenen'}
          </button>
        </div>
      )}
    </li>
  );
}
