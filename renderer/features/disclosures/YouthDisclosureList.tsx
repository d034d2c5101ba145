import { useCallback } from 'react';
import { api } from '../../app/api';
import { LoadFailed } from '../../components/LoadFailed';
import { useLoad } from '../../components/useLoad';
import { DisclosureTable } from './DisclosureTable';
import '../../styles/disclosures.css';

/**
 * Everything that left the app about this youth (the youth's part of the verstrekkingenregister).
 * `refreshKey` changes after an export, so the new line is read; reading is logged by main.
 */
export function YouthDisclosureList({ youthId, refreshKey }: { youthId: string; refreshKey: number }) {
  // A new refreshKey makes a new fetch: useLoad reads again, keeping the table on screen meanwhile.
  const fetchEntries = useCallback(() => api.disclosures.forYouth({ youthId }), [youthId, refreshKey]);
  const { load, retry } = useLoad(fetchEntries);
  return (
    <section className="youth-disclosures" aria-labelledby="youth-disclosures-heading">
      <h2 id="youth-disclosures-heading" className="section-heading">
        Verstrekkingenregister
      </h2>
      {load.state === 'loading' && <p className="muted">Verstrekkingen laden…</p>}
      {load.state === 'failed' && <LoadFailed message={load.message} onRetry={retry} />}
      {load.state === 'loaded' &&
        (load.value.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state-title">Er is nog niets over deze jongere verstrekt.</p>
            <p>
              Moet je gegevens delen met bijvoorbeeld Veilig Thuis of de politie, kies dan ‘Gegevens verstrekken…’ in dit tabblad. Elk
              bestand dat het dossier verlaat, komt hier te staan: wanneer, door wie, aan wie, waarom en met welke onderdelen.
            </p>
          </div>
        ) : (
          <DisclosureTable entries={load.value} label="Verstrekkingen over deze jongere" withYouth={false} />
        ))}
    </section>
  );
}
