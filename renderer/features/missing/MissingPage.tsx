import { useState } from 'react';
import type { SessionUser } from '../../../preload/contract';
import { api } from '../../app/api';
import { LoadFailed } from '../../components/LoadFailed';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { EpisodePage } from './EpisodePage';
import { EpisodeTable } from './EpisodeTable';
import '../../styles/missingFollowUp.css';

const listOpenEpisodes = () => api.missing.list({});

/** "Vermissingen": every episode not yet closed of the youths the user may see, and one of them opened. */
export function MissingPage({ user }: { user: SessionUser }) {
  const [openId, setOpenId] = useState<string | null>(null);
  if (openId) {
    return <EpisodePage key={openId} episodeId={openId} user={user} onBack={() => setOpenId(null)} backLabel="Terug naar de vermissingen" />;
  }
  return <OpenEpisodes onOpen={setOpenId} />;
}

function OpenEpisodes({ onOpen }: { onOpen: (episodeId: string) => void }) {
  const { load, retry } = useLoad(listOpenEpisodes);
  // Without a youth, main lists the episodes not yet closed.
  const episodes = load.state === 'loaded' ? load.value : [];

  return (
    <section className="page" aria-labelledby="page-heading">
      <PageHeading>Vermissingen</PageHeading>
      <p className="page-intro">
        De vermissingen die nog niet zijn afgesloten, van de jongeren die jij mag zien. Een vermissing blijft hier en op het startscherm staan tot
        ze na de terugkeer is afgesloten. Eerdere vermissingen van een jongere staan in het dossier onder Vermissingen.
      </p>
      {load.state === 'loading' && <p className="muted">Vermissingen laden…</p>}
      {load.state === 'failed' && <LoadFailed message={load.message} onRetry={retry} />}
      {load.state === 'loaded' &&
        (episodes.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state-title">Er is nu niemand vermist.</p>
            <p>Is een jongere vermist? Kies ‘Vermissing melden’ op het startscherm of in het dossier.</p>
          </div>
        ) : (
          <section className="episode-list" aria-labelledby="open-episodes-heading">
            <h2 id="open-episodes-heading" className="section-heading">
              Open vermissingen
            </h2>
            <p className="table-count">{episodes.length === 1 ? '1 open vermissing' : `${episodes.length} open vermissingen`}</p>
            <EpisodeTable episodes={episodes} columns="open" label="Open vermissingen" onOpen={onOpen} />
          </section>
        ))}
    </section>
  );
}
