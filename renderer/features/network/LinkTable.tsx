import { useMemo } from 'react';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { linkTypeLabels, type Network, type NetworkLink } from '../../../preload/contract';
import { DataTable } from '../../components/DataTable';
import { formatDutchDate } from '../youths/youthDates';
import { describeLink, nodeLabels } from './graph/graphModel';
import { RatingMark } from './RatingMark';

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, NetworkLink>();

interface LinkTableProps {
  network: Network;
  youthName: string;
  onEdit: (link: NetworkLink) => void;
  onDelete: (link: NetworkLink) => void;
}

/** Every link, from where to where, of what kind and how it is rated. */
export function LinkTable({ network, youthName, onEdit, onDelete }: LinkTableProps) {
  const labels = useMemo(() => nodeLabels(network, youthName), [network, youthName]);
  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor((link) => labels.get(link.fromId) ?? '?', { id: 'from', header: 'Van' }),
        helper.accessor((link) => labels.get(link.toId) ?? '?', { id: 'to', header: 'Naar' }),
        helper.accessor((link) => linkTypeLabels[link.type], { id: 'type', header: 'Soort verband' }),
        helper.accessor('rating', { header: 'Beoordeling', cell: (info) => <RatingMark rating={info.getValue()} /> }),
        helper.accessor('source', { header: 'Bron', cell: (info) => <span className="cell-main">{info.getValue()}</span> }),
        helper.accessor((link) => (link.observedOn ? formatDutchDate(link.observedOn) : '—'), { id: 'observedOn', header: 'Datum' }),
      ]),
    [labels],
  );
  const table = useTable({ features, columns, data: network.links, getRowId: (link) => link.id });
  return (
    <DataTable
      table={table}
      label="Verbanden"
      rowActions={(link) => {
        const described = describeLink(link, labels);
        return (
          <div className="row-action-buttons">
            <button type="button" className="button button-small" aria-label={`Wijzigen: ${described}`} onClick={() => onEdit(link)}>
              Wijzigen
            </button>
            <button type="button" className="button button-small button-danger" aria-label={`Verwijderen: ${described}`} onClick={() => onDelete(link)}>
              Verwijderen
            </button>
          </div>
        );
      }}
    />
  );
}
