import { useCallback, useRef, useState } from 'react';
import type { SessionUser } from '../../../preload/contract';
import { api } from '../../app/api';
import { downloadFile } from '../../components/downloadFile';
import { LoadFailed } from '../../components/LoadFailed';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { AccessLogFilters, type LogFilter } from './AccessLogFilters';
import { AccessLogTable, type Paging } from './AccessLogTable';

export const accessLogPageSize = 50;

/** The whole access log, filtered and paged, with a CSV export (administrator and aandachtsfunctionaris). */
export function AccessLogPage({ user }: { user: SessionUser }) {
  const [filter, setFilter] = useState<LogFilter>({});
  const [paging, setPaging] = useState<Paging>({ pageIndex: 0, pageSize: accessLogPageSize });
  const [exporting, setExporting] = useState(false);
  const [status, setStatus] = useState('');
  const [exportError, setExportError] = useState<string | null>(null);

  // Fixed at the first page's newest entry, so the entries this looking adds do not shift the pages.
  const upToSeq = useRef<number | undefined>(undefined);

  const searchPage = useCallback(async () => {
    const result = await api.accessLog.search({
      ...filter,
      limit: paging.pageSize,
      offset: paging.pageIndex * paging.pageSize,
      ...(paging.pageIndex > 0 && upToSeq.current !== undefined ? { upToSeq: upToSeq.current } : {}),
    });
    if (result.ok && paging.pageIndex === 0) upToSeq.current = result.value.upToSeq;
    return result;
  }, [filter, paging]);
  const { load, setLoad, reload } = useLoad(searchPage);

  function apply(next: LogFilter) {
    setStatus('');
    setLoad({ state: 'loading' });
    setFilter(next);
    setPaging((current) => ({ ...current, pageIndex: 0 }));
  }

  async function exportCsv() {
    setExporting(true);
    setExportError(null);
    setStatus('');
    const result = await api.accessLog.exportCsv(filter);
    setExporting(false);
    if (!result.ok) {
      setExportError(result.error.message);
      return;
    }
    downloadFile(result.value.fileName, result.value.csv, 'text/csv;charset=utf-8');
    setStatus(`Export gemaakt: ${result.value.fileName}. Ook deze export staat nu in de toegangslog.`);
    void reload();
  }

  const total = load.state === 'loaded' ? load.value.total : 0;

  return (
    <section className="page" aria-labelledby="page-heading">
      <div className="page-header">
        <PageHeading>Toegangslog</PageHeading>
        <button type="button" className="button" onClick={() => void exportCsv()} disabled={exporting}>
          {exporting ? 'Bezig met exporteren…' : 'Exporteer als CSV'}
        </button>
      </div>
      <p className="page-intro">
        Wie wanneer welk dossier heeft bekeken, gewijzigd of geëxporteerd, en wie heeft ingelogd. De log kan niet worden
        gewijzigd of gewist. {user.role === 'administrator'
          ? 'Jongeren staan hier met een kenmerk (J-…) in plaats van hun naam; de aandachtsfunctionaris kan zien om wie het gaat.'
          : 'De export bevat dezelfde regels als je filter, met de namen van de jongeren: bewaar het bestand veilig.'}
      </p>
      <AccessLogFilters onApply={apply} />
      <p role="status" className="status-message">
        {status}
      </p>
      {exportError && (
        <p role="alert" className="form-error">
          {exportError}
        </p>
      )}
      {load.state === 'loading' && <p className="muted">Toegangslog laden…</p>}
      {load.state === 'failed' && <LoadFailed message={load.message} onRetry={() => void reload()} />}
      {load.state === 'loaded' &&
        (load.value.entries.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state-title">Geen regels gevonden.</p>
            <p>Er staat niets in de toegangslog dat bij dit filter past. Kies een ruimere periode of ‘Filters wissen’.</p>
          </div>
        ) : (
          <AccessLogTable entries={load.value.entries} total={total} paging={paging} onPagingChange={setPaging} />
        ))}
    </section>
  );
}
