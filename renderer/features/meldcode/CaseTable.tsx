import { useTable } from '@tanstack/react-table';
import type { CaseSummary } from '../../../preload/contract';
import { DataTable } from '../../components/DataTable';
import { caseColumns, caseName, caseTableFeatures } from './caseColumns';

interface CaseTableProps {
  cases: CaseSummary[];
  columns: keyof typeof caseColumns;
  label: string;
  onOpen: (caseId: string) => void;
}

/** A list of meldcode cases, each with a button that opens its screen. */
export function CaseTable({ cases, columns, label, onOpen }: CaseTableProps) {
  const table = useTable({ features: caseTableFeatures, columns: caseColumns[columns], data: cases, getRowId: (row) => row.id });
  return (
    <DataTable
      table={table}
      label={label}
      rowActions={(summary) => (
        <button type="button" className="button" onClick={() => onOpen(summary.id)}>
          Openen<span className="visually-hidden"> {caseName(summary)}</span>
        </button>
      )}
    />
  );
}
