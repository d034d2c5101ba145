import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { ReactTable, RowData, TableFeatures } from '@tanstack/react-table';

interface DataTableProps<TFeatures extends TableFeatures, TData extends RowData> {
  table: ReactTable<TFeatures, TData>;
  /** The table's accessible name. */
  label: string;
  /** Extra content after the cells of a row, e.g. a cell with action buttons. */
  rowActions?: (row: TData) => ReactNode;
  /** Header of the actions column (visually hidden words still name it for screen readers). */
  actionsLabel?: string;
}

/** A read-only TanStack table in the app's table style: headers as <th scope="col">, one row per item. */
export function DataTable<TFeatures extends TableFeatures, TData extends RowData>({
  table,
  label,
  rowActions,
  actionsLabel = 'Acties',
}: DataTableProps<TFeatures, TData>) {
  const scrollable = useHorizontalOverflow();
  return (
    <div
      ref={scrollable.ref}
      className="table-scroll"
      // A table wider than the page scrolls sideways; keyboard users need to reach it to scroll.
      {...(scrollable.overflows ? { tabIndex: 0, role: 'region', 'aria-label': `${label} (schuif opzij voor meer kolommen)` } : {})}
    >
      <table aria-label={label} className="data-table">
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id}>
              {group.headers.map((header) => (
                <th key={header.id} scope="col" className="plain-header">
                  <table.FlexRender header={header} />
                </th>
              ))}
              {rowActions && (
                <th scope="col" className="plain-header">
                  {actionsLabel}
                </th>
              )}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id}>
              {row.getAllCells().map((cell) => (
                <td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </td>
              ))}
              {rowActions && <td className="row-actions">{rowActions(row.original)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Whether the element's content is wider than the element itself, kept up to date on resize. */
function useHorizontalOverflow() {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const measure = () => setOverflows(element.scrollWidth > element.clientWidth + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    if (element.firstElementChild) observer.observe(element.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return { ref, overflows };
}
