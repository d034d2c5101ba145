import { useState } from 'react';
import type { Youth } from '../../../preload/contract';
import { PageHeading } from '../../components/PageHeading';
import { NewYouthForm } from './NewYouthForm';
import { useYouths } from './useYouths';
import { YouthSearch } from './YouthSearch';
import { YouthTable } from './YouthTable';

export function YouthsPage() {
  const { load, reload, retry } = useYouths();
  const [query, setQuery] = useState('');
  const [formOpen, setFormOpen] = useState(false);
  const [status, setStatus] = useState('');

  function openForm() {
    setStatus('');
    setFormOpen(true);
  }

  async function saved(youth: Youth) {
    setFormOpen(false);
    await reload();
    setStatus(`Jongere toegevoegd: ${youth.firstName} ${youth.lastName}`);
  }

  return (
    <section className="page" aria-labelledby="page-heading">
      <div className="page-header">
        <PageHeading>Jongeren</PageHeading>
        <button type="button" className="button button-primary" onClick={openForm}>
          Nieuwe jongere
        </button>
      </div>
      {/* Always rendered: screen readers only announce changes to a live region they already know. */}
      <p role="status" className="status-message">
        {status}
      </p>
      {load.state === 'loading' && <p className="muted">Jongeren laden…</p>}
      {load.state === 'failed' && (
        <div role="alert" className="form-error">
          <p>{load.message}</p>
          <button type="button" className="button" onClick={retry}>
            Opnieuw proberen
          </button>
        </div>
      )}
      {load.state === 'loaded' &&
        (load.youths.length === 0 ? (
          <p className="empty-state">Nog geen jongeren. Kies 'Nieuwe jongere' om de eerste toe te voegen.</p>
        ) : (
          <>
            <YouthSearch value={query} onChange={setQuery} />
            <YouthTable youths={load.youths} query={query} onQueryChange={setQuery} />
          </>
        ))}
      {formOpen && <NewYouthForm onClose={() => setFormOpen(false)} onSaved={(youth) => void saved(youth)} />}
    </section>
  );
}
