import { useCallback, useState } from 'react';
import { storedCaseSignalsSchema, type MeldcodeCase } from '../../../preload/contract';
import { api } from '../../app/api';
import { CheckboxGroupField } from '../../components/CheckboxGroupField';
import { LoadFailed } from '../../components/LoadFailed';
import { TextAreaField } from '../../components/TextAreaField';
import { useLoad } from '../../components/useLoad';
import { StoredDetails } from '../../components/StoredDetails';
import { useCombinedDirty } from '../../components/useCombinedDirty';
import { AddSignalDialog } from '../signals/AddSignalDialog';
import type { CasePanelProps } from './casePanel';
import { CasePartForm } from './CasePartForm';
import { countDirections, directionCountText, signalOptions } from './signalChoices';
import { useCasePartForm } from './useCasePartForm';

const stored = (meldcodeCase: MeldcodeCase) => storedCaseSignalsSchema.parse(meldcodeCase.signals);
const parts = ['choice', 'newSignal'] as const;

/** Step 1: which of the youth's signals belong to this suspicion, supporting and contradicting alike. */
export function SignalsStep({ view, onViewChange, onDirtyChange, announce }: CasePanelProps) {
  const youthId = view.case.youthId;
  const listSignals = useCallback(() => api.signals.list({ youthId }), [youthId]);
  const signals = useLoad(listSignals);
  const { handlers } = useCombinedDirty(parts, onDirtyChange);
  const form = useCasePartForm({ view, part: 'signals', stored, savedMessage: 'Stap 1 opgeslagen: de signalen van dit vermoeden.', onViewChange, onDirtyChange: handlers.choice, announce });
  const [adding, setAdding] = useState(false);
  const all = signals.load.state === 'loaded' ? signals.load.value.signals : [];
  const counts = countDirections(all, form.values.signalIds);
  const saved = view.case.signals;

  return (
    <section className="panel case-step" aria-labelledby="case-signals-heading">
      <h2 id="case-signals-heading" className="section-heading">
        Signalen in kaart brengen
      </h2>
      <p className="form-intro">
        Houd feiten, gebeurtenissen, waarnemingen, interpretaties en bronnen uit elkaar, en neem ook signalen mee die het vermoeden tegenspreken. Een
        niet-pluisgevoel telt ook. Een nieuw signaal komt ook in het dossier van de jongere, onder ‘Signalen’.
      </p>
      {!form.closed && (
        <div className="form-actions">
          <button type="button" className="button" onClick={() => setAdding(true)}>
            Signaal toevoegen
          </button>
        </div>
      )}
      {adding && (
        <AddSignalDialog
          youthId={youthId}
          onDirtyChange={handlers.newSignal}
          onClose={() => setAdding(false)}
          onSaved={(signal) => {
            setAdding(false);
            // Recorded from this case, so it belongs to it: chosen, to be saved with the step.
            form.change('signalIds', [...form.values.signalIds, signal.id]);
            void signals.reload();
            announce('Signaal vastgelegd en gekozen voor dit vermoeden; sla stap 1 op.');
          }}
        />
      )}
      <CasePartForm
        form={form}
        title="Signalen bij dit vermoeden"
        submitLabel="Stap 1 opslaan"
        stored={
          <StoredDetails
            details={[
              { label: 'Gekozen signalen', text: String(saved.signalIds.length) },
              { label: 'Toelichting', text: saved.note },
            ]}
          />
        }
      >
        {signals.load.state === 'loading' && <p className="muted">Signalen laden…</p>}
        {signals.load.state === 'failed' && <LoadFailed message={signals.load.message} onRetry={signals.retry} />}
        {signals.load.state === 'loaded' &&
          (all.length === 0 ? (
            <p className="muted">Er zijn voor deze jongere nog geen signalen vastgelegd.</p>
          ) : (
            <>
              <CheckboxGroupField
                legend="Signalen van de jongere"
                options={signalOptions(all, form.values.signalIds)}
                selected={form.values.signalIds}
                onChange={(selected) => form.change('signalIds', selected)}
                error={form.errorFor('signalIds')}
              />
              <p className="case-counts" aria-live="polite">
                Gekozen: {directionCountText(counts)}
              </p>
            </>
          ))}
        <TextAreaField label="Toelichting" {...form.field('note')} hint="Wat valt op als je de signalen naast elkaar legt? Wat ontbreekt nog?" />
      </CasePartForm>
    </section>
  );
}
