import { useState } from 'react';
import type { SessionUser } from '../../../preload/contract';
import { api } from '../../app/api';
import { LoadFailed } from '../../components/LoadFailed';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { CasePage } from './CasePage';
import { CaseTable } from './CaseTable';
import '../../styles/meldcode.css';

const listOpenCases = () => api.meldcode.list({});

/** "Meldcode": the open cases of the youths the user may see, and one of them opened. */
export function MeldcodePage({ user }: { user: SessionUser }) {
  const [openId, setOpenId] = useState<string | null>(null);
  if (openId) return <CasePage key={openId} caseId={openId} user={user} onBack={() => setOpenId(null)} backLabel="Terug naar de meldcode" />;
  return <OpenCases onOpen={setOpenId} />;
}

function OpenCases({ onOpen }: { onOpen: (caseId: string) => void }) {
  const { load, retry } = useLoad(listOpenCases);
  const cases = load.state === 'loaded' ? load.value : [];

  return (
    <section className="page" aria-labelledby="page-heading">
      <PageHeading>Meldcode</PageHeading>
      <p className="page-intro">
        De lopende meldcodetrajecten van de jongeren die jij mag zien. Per vermoeden doorloop je de vijf stappen: signalen in kaart brengen,
        collegiaal overleggen, het gesprek met de jongere, wegen en beslissen. Elke stap en elk besluit komt in de dossierlog.
      </p>
      {load.state === 'loading' && <p className="muted">Meldcodetrajecten laden…</p>}
      {load.state === 'failed' && <LoadFailed message={load.message} onRetry={retry} />}
      {load.state === 'loaded' &&
        (cases.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state-title">Er loopt nu geen meldcodetraject.</p>
            <p>
              Heb je een vermoeden van geweld of uitbuiting? Open het dossier van de jongere, ga naar ‘Meldcode’ en kies ‘Nieuw traject starten’.
              Leg signalen eerst vast onder ‘Signalen’ in het dossier.
            </p>
          </div>
        ) : (
          <section aria-labelledby="open-cases-heading">
            <h2 id="open-cases-heading" className="section-heading">
              Lopende trajecten
            </h2>
            <p className="table-count">{cases.length === 1 ? '1 lopend traject' : `${cases.length} lopende trajecten`}</p>
            <CaseTable cases={cases} columns="open" label="Lopende meldcodetrajecten" onOpen={onOpen} />
          </section>
        ))}
    </section>
  );
}
