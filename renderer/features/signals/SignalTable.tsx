import { useMemo } from 'react';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { signalKindLabels, type SignalView } from '../../../preload/contract';
import { DataTable } from '../../components/DataTable';
import { formatDateTime } from '../../components/formatDateTime';
import { formatDutchDate } from '../youths/youthDates';
import { DirectionMark } from './DirectionMark';
import { categoryOf, gradingCode, sourceOf, subjectOf } from './signalText';

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, SignalView>();

const columns = helper.columns([
  helper.accessor((signal) => formatDutchDate(signal.date), { id: 'date', header: 'Datum' }),
  helper.accessor(subjectOf, {
    id: 'subject',
    header: 'Signaal',
    cell: (info) =>
      info.row.original.supersededBy ? (
        <>
          <span className="corrected-badge">Gecorrigeerd</span>
          <s>{info.getValue()}</s>
        </>
      ) : (
        <span className="cell-main">{info.getValue()}</span>
      ),
  }),
  helper.accessor(categoryOf, { id: 'category', header: 'Categorie' }),
  helper.accessor((signal) => signalKindLabels[signal.kind], { id: 'kind', header: 'Soort' }),
  helper.accessor('direction', { header: 'Richting', cell: (info) => <DirectionMark direction={info.getValue()} /> }),
  helper.accessor(sourceOf, { id: 'source', header: 'Bron' }),
  helper.accessor((signal) => gradingCode(signal) ?? '—', { id: 'grading', header: 'Beoordeling' }),
  helper.accessor((signal) => `${signal.recordedByName}, ${formatDateTime(signal.recordedAt)}`, { id: 'recorded', header: 'Vastgelegd' }),
]);

interface SignalTableProps {
  signals: readonly SignalView[];
  onCorrect: (signal: SignalView) => void;
  onShow: (signalId: string) => void;
}

/** The same signals as the timeline, one row each, for comparing them column by column. */
export function SignalTable({ signals, onCorrect, onShow }: SignalTableProps) {
  const data = useMemo(() => [...signals], [signals]);
  const table = useTable({ features, columns, data, getRowId: (signal) => signal.id });
  return (
    <DataTable
      table={table}
      label="Signalen"
      rowActions={(signal) => {
        const described = `${subjectOf(signal)} (${formatDutchDate(signal.date)})`;
        const correction = signal.supersededBy;
        return correction ? (
          <button type="button" className="button button-small" aria-label={`Naar de correctie van: ${described}`} onClick={() => onShow(correction.id)}>
            Naar de correctie
          </button>
        ) : (
          <button type="button" className="button button-small" aria-label={`Corrigeren: ${described}`} onClick={() => onCorrect(signal)}>
            Corrigeren
          </button>
        );
      }}
    />
  );
}
