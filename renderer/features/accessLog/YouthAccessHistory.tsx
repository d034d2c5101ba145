import { useId, useState } from 'react';
import { useTable } from '@tanstack/react-table';
import type { AccessLogEntry } from '../../../preload/contract';
import { api } from '../../app/api';
import { DataTable } from '../../components/DataTable';
import { accessLogTableFeatures, youthHistoryColumns } from './accessLogColumns';

type HistoryLoad = { state: 'closed' } | { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; entries: AccessLogEntry[] };

/**
 * "Wie heeft dit dossier ingezien?" — for the aandachtsfunctionaris. Loaded only when asked for:
 * looking at the log is itself logged.
 */
export function YouthAccessHistory({ youthId }: { youthId: string }) {
  const [load, setLoad] = useState<HistoryLoad>({ state: 'closed' });
  const regionId = useId();
  const open = load.state !== 'closed';

  async function show() {
    setLoad({ state: 'loading' });
    const result = await api.accessLog.forYouth({ youthId });
    setLoad(result.ok ? { state: 'loaded', entries: result.value } : { state: 'failed', message: result.error.message });
  }

  return (
    <section className="panel" aria-labelledby="youth-history-heading">
      <h2 id="youth-history-heading" className="section-heading">
        Wie heeft dit dossier ingezien?
      </h2>
      <p className="muted">
        Iedere keer dat iemand dit dossier opent, wijzigt of noodtoegang gebruikt, staat in de toegangslog. Ook dat jij dit
        overzicht bekijkt, wordt vastgelegd.
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          aria-expanded={open}
          aria-controls={regionId}
          onClick={() => (open ? setLoad({ state: 'closed' }) : void show())}
        >
          {open ? 'Overzicht verbergen' : 'Toon wie dit dossier heeft ingezien'}
        </button>
        {load.state === 'loaded' && (
          <button type="button" className="button" onClick={() => void show()}>
            Vernieuwen
          </button>
        )}
      </div>
      <div id={regionId}>
        {load.state === 'loading' && <p className="muted">Toegangslog laden…</p>}
        {load.state === 'failed' && (
          <p role="alert" className="form-error">
            {load.message}
          </p>
        )}
        {load.state === 'loaded' &&
          (load.entries.length === 0 ? (
            <p className="empty-state">Nog niemand heeft dit dossier ingezien.</p>
          ) : (
            <HistoryTable entries={load.entries} />
          ))}
      </div>
    </section>
  );
}

function HistoryTable({ entries }: { entries: AccessLogEntry[] }) {
  const table = useTable({
    features: accessLogTableFeatures,
    columns: youthHistoryColumns,
    data: entries,
    getRowId: (entry) => String(entry.seq),
  });
  return (
    <>
      <p className="table-count">{entries.length === 1 ? '1 regel, nieuwste eerst' : `${entries.length} regels, nieuwste eerst`}</p>
      <DataTable table={table} label="Wie heeft dit dossier ingezien?" />
    </>
  );
}
