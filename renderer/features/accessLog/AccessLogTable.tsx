import { useTable, type Updater } from '@tanstack/react-table';
import type { AccessLogEntry } from '../../../preload/contract';
import { DataTable } from '../../components/DataTable';
import { accessLogColumns, accessLogTableFeatures } from './accessLogColumns';

export interface Paging {
  pageIndex: number;
  pageSize: number;
}

interface AccessLogTableProps {
  entries: AccessLogEntry[];
  total: number;
  paging: Paging;
  onPagingChange: (paging: Paging) => void;
}

/** One page of the log as main returned it; TanStack keeps count of pages, main does the paging. */
export function AccessLogTable({ entries, total, paging, onPagingChange }: AccessLogTableProps) {
  const table = useTable({
    features: accessLogTableFeatures,
    columns: accessLogColumns,
    data: entries,
    getRowId: (entry) => String(entry.seq),
    manualPagination: true,
    rowCount: total,
    state: { pagination: paging },
    onPaginationChange: (updater: Updater<Paging>) => onPagingChange(typeof updater === 'function' ? updater(paging) : updater),
  });

  const first = paging.pageIndex * paging.pageSize + 1;
  const last = first + entries.length - 1;
  const pageCount = Math.max(table.getPageCount(), 1);

  return (
    <>
      <p className="table-count" aria-live="polite">
        {total === 1 ? '1 regel' : `Regels ${first}–${last} van ${total}, nieuwste eerst`}
      </p>
      <DataTable table={table} label="Toegangslog" />
      {pageCount > 1 && (
        <nav className="pager" aria-label="Pagina's van de toegangslog">
          <button type="button" className="button" onClick={() => table.previousPage()} disabled={!table.getCanPreviousPage()}>
            Vorige pagina
          </button>
          <p>
            Pagina {paging.pageIndex + 1} van {pageCount}
          </p>
          <button type="button" className="button" onClick={() => table.nextPage()} disabled={!table.getCanNextPage()}>
            Volgende pagina
          </button>
        </nav>
      )}
    </>
  );
}
