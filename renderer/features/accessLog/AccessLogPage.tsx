import { useCallback, useRef, useState } from 'react';
import type { SessionUser } from '../../../preload/contract';
import { api } from '../../app/api';
import { CsvExportButton, CsvExportFeedback, useCsvExport } from '../../components/CsvExport';
import { LoadFailed } from '../../components/LoadFailed';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { AccessLogFilters, type LogFilter } from './AccessLogFilters';
import { AccessLogTable, type Paging } from './AccessLogTable';
import { youthNamesNotice } from '../../components/youthNamesNotice';

export const accessLogPageSize = 50;

/** The whole access log, filtered and paged, with a CSV export (administrator and aandachtsfunctionaris). */
export function AccessLogPage({ user }: { user: SessionUser }) {
  const [filter, setFilter] = useState<LogFilter>({});
  const [paging, setPaging] = useState<Paging>({ pageIndex: 0, pageSize: accessLogPageSize });

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
  const csvExport = useCsvExport(
    () => api.accessLog.exportCsv(filter),
    (fileName) => `Export gemaakt: ${fileName}. Ook deze export staat nu in de toegangslog.`,
    () => void reload(),
  );

  function apply(next: LogFilter) {
    csvExport.clearStatus();
    setLoad({ state: 'loading' });
    setFilter(next);
    setPaging((current) => ({ ...current, pageIndex: 0 }));
  }

  const total = load.state === 'loaded' ? load.value.total : 0;

  return (
    <section className="page" aria-labelledby="page-heading">
      <div className="page-header">
        <PageHeading>Toegangslog</PageHeading>
        <CsvExportButton csvExport={csvExport} />
      </div>
      <p className="page-intro">
        Wie wanneer welk dossier heeft bekeken, gewijzigd of geëxporteerd, en wie heeft ingelogd. De log kan niet worden
        gewijzigd of gewist. {youthNamesNotice(user.role)}
      </p>
      <AccessLogFilters onApply={apply} />
      <CsvExportFeedback csvExport={csvExport} />
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
