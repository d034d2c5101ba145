import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import type { CaseLogEntry, CaseView } from '../../../preload/contract';
import { DataTable } from '../../components/DataTable';
import { formatDateTime } from '../../components/formatDateTime';

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, CaseLogEntry>();
const columns = helper.columns([
  helper.accessor('at', { header: 'Tijd', cell: (info) => <span className="cell-nowrap">{formatDateTime(info.getValue())}</span> }),
  helper.accessor('byName', { header: 'Wie' }),
  helper.accessor('step', { header: 'Stap', cell: (info) => (info.getValue() === null ? 'Traject' : `Stap ${info.getValue()}`) }),
  helper.accessor('text', { header: 'Wat', cell: (info) => <span className="case-text">{info.getValue()}</span> }),
]);

/** "Dossierlog": everything that happened in the case, oldest first, as it was appended; never edited. */
export function CaseLogPanel({ view }: { view: CaseView }) {
  const table = useTable({ features, columns, data: view.case.log, getRowId: (row) => row.id });
  return (
    <section className="panel" aria-labelledby="case-log-heading">
      <h2 id="case-log-heading" className="section-heading">
        Dossierlog
      </h2>
      <p className="form-intro">Elke stap, elk overleg en elk besluit, met wie en wanneer. De log wordt alleen aangevuld: een correctie is een nieuwe regel.</p>
      <DataTable table={table} label="Dossierlog" />
    </section>
  );
}
