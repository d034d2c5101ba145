import { useState } from 'react';
import { meldcodeOutcomeLabels, reportOutcomes, type CaseView, type CountersignPolicy, type MeldcodeDecision, type Outcome } from '../../../preload/contract';
import { api } from '../../app/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/FormError';
import { useEditMode } from '../../components/useEditMode';
import { DeviationForm } from './DeviationForm';

interface DecisionConfirmationProps {
  view: CaseView;
  /** The answers on screen are not saved: confirming would store other answers than those shown. */
  answersUnsaved: boolean;
  onViewChange: (view: CaseView) => void;
  onDirtyChange: (dirty: boolean) => void;
  announce: (message: string) => void;
}

/** Confirming the engine's outcome, or deviating from it with a reason: main computes it again from what is stored. */
export function DecisionConfirmation({ view, answersUnsaved, onViewChange, onDirtyChange, announce }: DecisionConfirmationProps) {
  const [asking, setAsking] = useState(false);
  // Focus goes back to "Afwijken" when the deviation closes.
  const { editing: deviating, setEditing: setDeviating, startRef: deviateRef } = useEditMode();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { preview } = view;
  // The newest decision confirmed exactly this result: a second one would only repeat it.
  const newest = view.case.decisions[0];
  const alreadyConfirmed = newest !== undefined && newest.deviationReason === '' && sameDecision(newest.computed, preview);
  const mayConfirm = preview.status === 'decided' && !answersUnsaved && !alreadyConfirmed;
  const why = answersUnsaved
    ? 'Sla eerst de antwoorden op: je bevestigt het besluit op de opgeslagen antwoorden.'
    : preview.status !== 'decided'
      ? 'Er ontbreken nog antwoorden; daarna kun je het besluit bevestigen.'
      : alreadyConfirmed
        ? 'Deze uitkomst is al bevestigd en er is sindsdien niets veranderd. Verandert er iets (een antwoord, een vervolgmoment), dan kun je een nieuw besluit bevestigen.'
        : 'Het besluit komt met de antwoorden, de uitkomst en jouw naam in de dossierlog.';

  async function confirm() {
    setBusy(true);
    const result = await api.meldcode.confirmDecision({ caseId: view.case.id, basedOnUpdatedAt: view.case.updatedAt, shown: { framework: preview.framework, outcomes: preview.outcomes }, choice: { kind: 'confirm' } });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      if (result.error.code === 'CONFLICT') {
        const newest = await api.meldcode.get({ caseId: view.case.id });
        if (newest.ok) onViewChange(newest.value);
      }
      return;
    }
    setAsking(false);
    setError(null);
    onViewChange(result.value);
    announce('Besluit bevestigd en vastgelegd in de dossierlog.');
  }

  return (
    <section className="case-confirm" aria-labelledby="confirm-decision-heading">
      <h3 id="confirm-decision-heading" className="case-form-heading">
        Besluit
      </h3>
      {!asking && <FormError message={error} />}
      <p id="confirm-decision-why" className="field-hint">
        {why}
      </p>
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={!mayConfirm} aria-describedby="confirm-decision-why" onClick={() => setAsking(true)}>
          Besluit bevestigen
        </button>
        <button ref={deviateRef} type="button" className="button" disabled={answersUnsaved} onClick={() => setDeviating(true)}>
          Afwijken
        </button>
      </div>
      {deviating && (
        <DeviationForm
          view={view}
          onClose={() => setDeviating(false)}
          onDirtyChange={onDirtyChange}
          onNewer={onViewChange}
          onConfirmed={(next) => {
            setDeviating(false);
            onViewChange(next);
            announce('Besluit met afwijking vastgelegd in de dossierlog.');
          }}
        />
      )}
      {asking && (
        <ConfirmDialog title="Besluit bevestigen" confirmLabel="Bevestigen" busy={busy} error={error} onConfirm={() => void confirm()} onCancel={() => setAsking(false)}>
          <p>Je bevestigt deze uitkomst, in deze volgorde:</p>
          <ol className="plain-list">
            {preview.outcomes.map((outcome) => (
              <li key={outcome}>{meldcodeOutcomeLabels[outcome]}</li>
            ))}
          </ol>
          <p>Het besluit wordt vastgelegd en niet meer gewijzigd; een nieuw besluit kan later wel.</p>
          {waitsForCountersign(view.countersignPolicy, preview.outcomes) && (
            <p>Daarna wacht het besluit op een tweede handtekening van een teamleider of de aandachtsfunctionaris.</p>
          )}
        </ConfirmDialog>
      )}
    </section>
  );
}

/**
 * The same result, field by field (main may send the fields in another order); not the trace,
 * which names the decision's date and so differs on another day for the same result.
 */
function sameDecision(a: MeldcodeDecision, b: MeldcodeDecision): boolean {
  const fields: (keyof MeldcodeDecision)[] = ['status', 'framework', 'outcomes', 'alsoConsider', 'ruleSetVersion'];
  return fields.every((field) => JSON.stringify(a[field]) === JSON.stringify(b[field]));
}

/** Whether the organisation's setting asks a second signature for confirming these outcomes (main decides again when it stores the decision). */
function waitsForCountersign(policy: CountersignPolicy, outcomes: readonly Outcome[]): boolean {
  return policy === 'all' || (policy === 'reports' && outcomes.some((outcome) => reportOutcomes.includes(outcome)));
}
