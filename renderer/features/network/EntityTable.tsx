import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { entityKindLabels, type NetworkEntity } from '../../../preload/contract';
import { DataTable } from '../../components/DataTable';
import { formatDutchDate } from '../youths/youthDates';
import { entityTypeLabel } from './networkText';

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, NetworkEntity>();
const yesNo = (value: boolean) => (value ? 'Ja' : 'Nee');

const columns = helper.columns([
  helper.accessor((entity) => entityKindLabels[entity.kind], { id: 'kind', header: 'Soort' }),
  helper.accessor('label', { header: 'Naam of omschrijving', cell: (info) => <span className="cell-main">{info.getValue()}</span> }),
  helper.accessor(entityTypeLabel, { id: 'role', header: 'Rol of type' }),
  helper.accessor((entity) => yesNo(entity.atRisk), { id: 'atRisk', header: 'Mogelijk zelf risico' }),
  helper.accessor((entity) => yesNo(entity.shareWithPolice), { id: 'shareWithPolice', header: 'Mag naar politie' }),
  helper.accessor('source', { header: 'Bron', cell: (info) => <span className="cell-main">{info.getValue()}</span> }),
  helper.accessor((entity) => (entity.observedOn ? formatDutchDate(entity.observedOn) : '—'), { id: 'observedOn', header: 'Datum' }),
]);

interface EntityTableProps {
  entities: NetworkEntity[];
  onEdit: (entity: NetworkEntity) => void;
  onDelete: (entity: NetworkEntity) => void;
}

/** Everyone and everything around the youth, in the order they were added. */
export function EntityTable({ entities, onEdit, onDelete }: EntityTableProps) {
  const table = useTable({ features, columns, data: entities, getRowId: (entity) => entity.id });
  return (
    <DataTable
      table={table}
      label="Personen, plekken en andere punten"
      rowActions={(entity) => (
        <div className="row-action-buttons">
          <button type="button" className="button button-small" aria-label={`Wijzigen: ${entity.label}`} onClick={() => onEdit(entity)}>
            Wijzigen
          </button>
          <button type="button" className="button button-small button-danger" aria-label={`Verwijderen: ${entity.label}`} onClick={() => onDelete(entity)}>
            Verwijderen
          </button>
        </div>
      )}
    />
  );
}
