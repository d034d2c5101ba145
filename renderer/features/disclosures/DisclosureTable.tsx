import { useTable } from '@tanstack/react-table';
import type { DisclosureEntry } from '../../../preload/contract';
import { DataTable } from '../../components/DataTable';
import { disclosureTableFeatures, registerColumns, youthDisclosureColumns } from './disclosureColumns';

/** Register lines as main returned them, newest first; with the youth column only where lines are about several youths. */
export function DisclosureTable({ entries, label, withYouth }: { entries: DisclosureEntry[]; label: string; withYouth: boolean }) {
  const table = useTable({
    features: disclosureTableFeatures,
    columns: withYouth ? registerColumns : youthDisclosureColumns,
    data: entries,
    getRowId: (entry) => entry.id,
  });
  return (
    <>
      <p className="table-count" aria-live="polite">
        {entries.length === 1 ? '1 verstrekking' : `${entries.length} verstrekkingen, nieuwste eerst`}
      </p>
      <DataTable table={table} label={label} />
    </>
  );
}
