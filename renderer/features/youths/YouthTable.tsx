import { useId, useMemo, type Dispatch, type KeyboardEvent, type SetStateAction } from 'react';
import { useTable, type SortDirection } from '@tanstack/react-table';
import type { Youth } from '../../../preload/contract';
import { useRowKeyboardFocus } from '../../components/useRowKeyboardFocus';
import { ageInYears, localTodayIso } from './youthDates';
import {
  matchesNameQuery,
  nameFilterColumnId,
  youthColumns,
  youthTableFeatures,
  type YouthRow,
} from './youthTableModel';

const ariaSortValues = { asc: 'ascending', desc: 'descending' } as const;
const sortIndicators = { asc: '▲', desc: '▼' } as const;

interface YouthTableProps {
  youths: Youth[];
  query: string;
  onQueryChange: Dispatch<SetStateAction<string>>;
  /** Opens the youth's file: a click on the row, or Enter on the focused row. */
  onOpen: (youthId: string) => void;
}

export function YouthTable({ youths, query, onQueryChange, onOpen }: YouthTableProps) {
  const openHintId = useId();
  const rows = useMemo<YouthRow[]>(() => {
    const today = localTodayIso();
    return youths.map((youth) => ({ ...youth, age: ageInYears(youth.dateOfBirth, today) }));
  }, [youths]);

  const table = useTable({
    features: youthTableFeatures,
    columns: youthColumns,
    data: rows,
    getRowId: (row) => row.id,
    initialState: { sorting: [{ id: 'lastName', desc: false }] },
    enableSortingRemoval: false,
    sortDescFirst: false,
    state: { globalFilter: query },
    onGlobalFilterChange: onQueryChange,
    globalFilterFn: matchesNameQuery,
    getColumnCanGlobalFilter: (column) => column.id === nameFilterColumnId,
  });

  const visibleRows = table.getRowModel().rows;
  const { rowProps } = useRowKeyboardFocus(visibleRows.length);

  function openableRowProps(index: number, youthId: string) {
    const props = rowProps(index);
    return {
      ...props,
      'aria-describedby': openHintId,
      onClick: () => onOpen(youthId),
      onKeyDown: (event: KeyboardEvent<HTMLTableRowElement>) => {
        if (event.key === 'Enter' || event.key === ' ') {
          event.preventDefault();
          onOpen(youthId);
        } else props.onKeyDown(event);
      },
    };
  }

  return (
    <>
      <p className="table-count" aria-live="polite">
        {visibleRows.length === rows.length
          ? `${rows.length} ${rows.length === 1 ? 'jongere' : 'jongeren'}`
          : `${visibleRows.length} van ${rows.length} jongeren`}
      </p>
      {visibleRows.length === 0 ? (
        <p className="empty-state">
          Geen jongeren gevonden met '{query.trim()}' in de naam of roepnaam. Controleer de spelling of zoek op een
          deel van de naam.
        </p>
      ) : (
        <div className="table-scroll">
          <p id={openHintId} className="visually-hidden">
            Druk op Enter om het dossier te openen.
          </p>
          <table aria-label="Jongeren" className="data-table">
            <thead>
              {table.getHeaderGroups().map((group) => (
                <tr key={group.id}>
                  {group.headers.map((header) => {
                    const sorted: false | SortDirection = header.column.getIsSorted();
                    return (
                      <th key={header.id} scope="col" aria-sort={sorted ? ariaSortValues[sorted] : undefined}>
                        <button type="button" className="sort-button" onClick={header.column.getToggleSortingHandler()}>
                          <table.FlexRender header={header} />
                          <span aria-hidden="true" className={sorted ? 'sort-indicator' : 'sort-indicator sort-indicator-idle'}>
                            {sorted ? sortIndicators[sorted] : '↕'}
                          </span>
                        </button>
                      </th>
                    );
                  })}
                </tr>
              ))}
            </thead>
            <tbody>
              {visibleRows.map((row, index) => (
                <tr key={row.id} className="data-row data-row-openable" {...openableRowProps(index, row.id)}>
                  {row.getAllCells().map((cell) => (
                    <td key={cell.id}>
                      <table.FlexRender cell={cell} />
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
