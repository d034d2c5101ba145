import { useCallback, useEffect, useState } from 'react';
import type { SignalView } from '../../../preload/contract';
import { api } from '../../app/api';
import { LoadFailed } from '../../components/LoadFailed';
import { useLoad } from '../../components/useLoad';
import type { FilePanelProps } from '../youths/filePanel';
import { AddSignalDialog } from './AddSignalDialog';
import { SignalCounts } from './SignalCounts';
import { SignalFilters } from './SignalFilters';
import { filterSignals, noSignalFilters, type SignalFilterValues } from './signalFilters';
import { SignalTable } from './SignalTable';
import { signalElementId, SignalTimeline } from './SignalTimeline';
import { SignalViewToggle, type SignalLayout } from './SignalViewToggle';
import '../../styles/signals.css';

type Editing = { kind: 'none' } | { kind: 'add' } | { kind: 'correct'; signal: SignalView };

/** The youth's signals (meldcode step 1): counts, filters, a timeline or a table, and the form that records or corrects one. */
export function SignalsPanel({ file, onDirtyChange, announce }: FilePanelProps) {
  const youthId = file.youth.id;
  const listSignals = useCallback(() => api.signals.list({ youthId }), [youthId]);
  const { load, reload, retry } = useLoad(listSignals);
  const [filters, setFilters] = useState<SignalFilterValues>(noSignalFilters);
  const [layout, setLayout] = useState<SignalLayout>('timeline');
  const [editing, setEditing] = useState<Editing>({ kind: 'none' });
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  useEffect(() => {
    if (focusTarget === null) return;
    const element = document.getElementById(signalElementId(focusTarget));
    element?.scrollIntoView({ block: 'center' });
    element?.focus();
    setFocusTarget(null);
  }, [focusTarget]);

  const all = load.state === 'loaded' ? load.value.signals : [];
  const shown = filterSignals(all, filters);

  /** A signal reached from another: shown in the timeline, the filters cleared if they hide it. */
  function show(signalId: string) {
    if (!shown.some((signal) => signal.id === signalId)) setFilters(noSignalFilters);
    setLayout('timeline');
    setFocusTarget(signalId);
  }

  async function saved(signal: SignalView) {
    const correcting = editing.kind === 'correct';
    setEditing({ kind: 'none' });
    await reload();
    announce(correcting ? 'Correctie opgeslagen. Het oorspronkelijke signaal blijft zichtbaar als gecorrigeerd.' : 'Signaal vastgelegd.');
    // The table has no place to put focus on; the timeline takes the user to what was just saved.
    if (layout !== 'timeline') return;
    if (filterSignals([signal], filters).length === 0) setFilters(noSignalFilters);
    setFocusTarget(signal.id);
  }

  const startAdding = () => setEditing({ kind: 'add' });
  const correct = (signal: SignalView) => setEditing({ kind: 'correct', signal });

  return (
    <section className="panel signals-panel" aria-labelledby="signals-heading">
      <div className="signals-header">
        <h2 id="signals-heading" className="section-heading">
          Signalen
        </h2>
        {load.state === 'loaded' && all.length > 0 && (
          <button type="button" className="button button-primary" onClick={startAdding}>
            Signaal vastleggen
          </button>
        )}
      </div>
      {load.state === 'loading' && <p className="muted">Signalen laden…</p>}
      {load.state === 'failed' && <LoadFailed message={load.message} onRetry={retry} />}
      {load.state === 'loaded' &&
        (all.length === 0 ? (
          <NoSignals onStart={startAdding} />
        ) : (
          <>
            <SignalCounts counts={load.value.counts} filtered={Object.values(filters).some((value) => value !== '')} />
            <div className="signals-controls">
              <SignalFilters filters={filters} onChange={setFilters} />
              <SignalViewToggle layout={layout} onChange={setLayout} />
            </div>
            <p className="muted signals-shown" aria-live="polite">
              {shownText(shown, all)}
            </p>
            {shown.length === 0 ? (
              <NothingMatches onClear={() => setFilters(noSignalFilters)} />
            ) : layout === 'timeline' ? (
              <SignalTimeline signals={shown} onCorrect={correct} onShow={show} />
            ) : (
              <SignalTable signals={shown} onCorrect={correct} onShow={show} />
            )}
          </>
        ))}
      {editing.kind !== 'none' && (
        <AddSignalDialog
          youthId={youthId}
          correcting={editing.kind === 'correct' ? editing.signal : undefined}
          onSaved={saved}
          onClose={() => setEditing({ kind: 'none' })}
          onDirtyChange={onDirtyChange}
        />
      )}
    </section>
  );
}

/** How many signals the list shows, corrected ones named apart (they stay in the list but no longer count). */
function shownText(shown: readonly SignalView[], all: readonly SignalView[]): string {
  const corrected = shown.filter((signal) => signal.supersededBy !== null).length;
  const count = shown.length === all.length ? `${all.length} ${all.length === 1 ? 'signaal' : 'signalen'}` : `${shown.length} van ${all.length} signalen getoond`;
  return corrected === 0 ? `${count}.` : `${count}, waarvan ${corrected} gecorrigeerd.`;
}

function NoSignals({ onStart }: { onStart: () => void }) {
  return (
    <div className="empty-state signals-empty">
      <p className="empty-state-title">Er zijn nog geen signalen vastgelegd voor deze jongere.</p>
      <p>
        Leg een signaal vast zodra je iets ziet, hoort of voelt dat zorgen geeft: kies het uit de signalenlijst of beschrijf het zelf. Leg ook
        vast wat het vermoeden tegenspreekt; dat telt net zo zwaar.
      </p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onStart}>
          Eerste signaal vastleggen
        </button>
      </div>
    </div>
  );
}

function NothingMatches({ onClear }: { onClear: () => void }) {
  return (
    <div className="empty-state">
      <p className="empty-state-title">Geen signalen bij deze filters.</p>
      <button type="button" className="button" onClick={onClear}>
        Filters wissen
      </button>
    </div>
  );
}
