import { useState } from 'react';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { roleLabels, type EmergencyGrant } from '../../../preload/contract';
import { api } from '../../app/api';
import { DataTable } from '../../components/DataTable';
import { formatDateTime } from '../../components/formatDateTime';
import { LoadFailed } from '../../components/LoadFailed';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { ReviewDialog } from './ReviewDialog';

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, EmergencyGrant>();
const columns = helper.columns([
  helper.accessor('userName', { header: 'Medewerker' }),
  helper.accessor((grant) => roleLabels[grant.role], { id: 'role', header: 'Rol' }),
  helper.accessor('youthName', { header: 'Jongere' }),
  helper.accessor('reason', { header: 'Reden', cell: (info) => <span className="cell-text">{info.getValue()}</span> }),
  helper.accessor('grantedAt', { header: 'Geopend op', cell: (info) => formatDateTime(info.getValue()) }),
  helper.accessor('expiresAt', {
    header: 'Geldig tot',
    cell: (info) => {
      const running = Date.parse(info.getValue()) > Date.now();
      return (
        <>
          {formatDateTime(info.getValue())}
          {running && <span className="badge">loopt nog</span>}
        </>
      );
    },
  }),
]);

/** For the aandachtsfunctionaris: every use of emergency access that has not been reviewed yet. */
export function EmergencyReviewPage() {
  const { load, reload } = useLoad(api.emergency.toReview);
  const [reviewing, setReviewing] = useState<EmergencyGrant | null>(null);
  const [status, setStatus] = useState('');

  async function reviewed(grant: EmergencyGrant) {
    setReviewing(null);
    await reload();
    setStatus(`Beoordeling opgeslagen: noodtoegang van ${grant.userName} tot het dossier van ${grant.youthName}.`);
  }

  return (
    <section className="page" aria-labelledby="page-heading">
      <PageHeading>Noodtoegang beoordelen</PageHeading>
      <p className="page-intro">
        Groepswerkers en teamleiders kunnen in een noodgeval het dossier openen van een jongere buiten hun eigen locaties.
        Beoordeel hier of dat nodig en terecht was. Wat je opschrijft, komt in de toegangslog.
      </p>
      <p role="status" className="status-message">
        {status}
      </p>
      {load.state === 'loading' && <p className="muted">Noodtoegang laden…</p>}
      {load.state === 'failed' && <LoadFailed message={load.message} onRetry={() => void reload()} />}
      {load.state === 'loaded' &&
        (load.value.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state-title">Er is geen noodtoegang om te beoordelen.</p>
            <p>
              Zodra een groepswerker of teamleider noodtoegang gebruikt, verschijnt die hier. Wie wanneer welk dossier heeft
              ingezien, vind je onder ‘Toegangslog’.
            </p>
          </div>
        ) : (
          <GrantsTable grants={load.value} onReview={setReviewing} />
        ))}
      {reviewing && <ReviewDialog grant={reviewing} onClose={() => setReviewing(null)} onReviewed={(grant) => void reviewed(grant)} />}
    </section>
  );
}

function GrantsTable({ grants, onReview }: { grants: EmergencyGrant[]; onReview: (grant: EmergencyGrant) => void }) {
  const table = useTable({ features, columns, data: grants, getRowId: (grant) => grant.id });
  return (
    <>
      <p className="table-count">{grants.length === 1 ? '1 keer noodtoegang te beoordelen' : `${grants.length} keer noodtoegang te beoordelen`}</p>
      <DataTable
        table={table}
        label="Noodtoegang te beoordelen"
        rowActions={(grant) => (
          <button type="button" className="button" onClick={() => onReview(grant)} aria-label={`Beoordelen: ${grant.userName}, ${grant.youthName}`}>
            Beoordelen
          </button>
        )}
      />
    </>
  );
}
