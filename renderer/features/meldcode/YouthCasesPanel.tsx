import { useCallback, useEffect, useState } from 'react';
import { api } from '../../app/api';
import { LoadFailed } from '../../components/LoadFailed';
import { useEditMode } from '../../components/useEditMode';
import { useLoad } from '../../components/useLoad';
import type { FilePanelProps } from '../youths/filePanel';
import { CaseTable } from './CaseTable';
import { NewCaseForm } from './NewCaseForm';
import '../../styles/meldcode.css';

/** "Meldcode" in the youth's file: the youth's cases, and a new one started from the youth's signals. */
export function YouthCasesPanel({ file, onDirtyChange, openCase }: FilePanelProps) {
  const youthId = file.youth.id;
  const listCases = useCallback(() => api.meldcode.list({ youthId }), [youthId]);
  const { load, retry } = useLoad(listCases);
  // Focus goes back to "Nieuw traject starten" when the form closes without a case.
  const { editing: starting, setEditing: setStarting, startRef } = useEditMode();
  // Opened only after the form has reported itself clean, so leaving the file does not ask about it.
  const [started, setStarted] = useState<string | null>(null);
  useEffect(() => {
    if (!started) return;
    setStarted(null);
    openCase(started);
  }, [started, openCase]);
  const name = `${file.youth.firstName} ${file.youth.lastName}`;

  return (
    <section className="panel" aria-labelledby="youth-cases-heading">
      <div className="section-header">
        <h2 id="youth-cases-heading" className="section-heading">
          Meldcode
        </h2>
        {!starting && (
          <button ref={startRef} type="button" className="button button-primary" onClick={() => setStarting(true)}>
            Nieuw traject starten
          </button>
        )}
      </div>
      {starting && (
        <NewCaseForm
          youthId={youthId}
          youthName={name}
          onDirtyChange={onDirtyChange}
          onClose={() => setStarting(false)}
          onOpened={(caseId) => {
            setStarting(false);
            setStarted(caseId);
          }}
        />
      )}
      {load.state === 'loading' && <p className="muted">Meldcodetrajecten laden…</p>}
      {load.state === 'failed' && <LoadFailed message={load.message} onRetry={retry} />}
      {load.state === 'loaded' &&
        (load.value.length === 0 ? (
          <p className="muted">Er is voor {file.youth.firstName} geen meldcodetraject gestart.</p>
        ) : (
          <CaseTable cases={load.value} columns="youth" label={`Meldcodetrajecten van ${name}`} onOpen={openCase} />
        ))}
    </section>
  );
}
