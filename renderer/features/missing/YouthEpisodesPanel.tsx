import { useCallback } from 'react';
import type { EpisodeSummary } from '../../../preload/contract';
import { api } from '../../app/api';
import { LoadFailed } from '../../components/LoadFailed';
import { useLoad } from '../../components/useLoad';
import type { FilePanelProps } from '../youths/filePanel';
import { EpisodeTable } from './EpisodeTable';
import '../../styles/missingFollowUp.css';

function countText(episodes: readonly EpisodeSummary[]): string {
  const open = episodes.filter((episode) => episode.status !== 'closed').length;
  const total = episodes.length === 1 ? '1 vermissing' : `${episodes.length} vermissingen`;
  return open === 0 ? total : `${total}, waarvan ${open} niet afgesloten`;
}

/** "Vermissingen" in the youth's file: every episode of this youth, open ones first; one opens as the episode screen. */
export function YouthEpisodesPanel({ file, openEpisode }: FilePanelProps) {
  const youthId = file.youth.id;
  const listEpisodes = useCallback(() => api.missing.list({ youthId }), [youthId]);
  const { load, retry } = useLoad(listEpisodes);
  return (
    <section className="panel" aria-labelledby="youth-episodes-heading">
      <h2 id="youth-episodes-heading" className="section-heading">
        Vermissingen
      </h2>
      {load.state === 'loading' && <p className="muted">Vermissingen laden…</p>}
      {load.state === 'failed' && <LoadFailed message={load.message} onRetry={retry} />}
      {load.state === 'loaded' &&
        (load.value.length === 0 ? (
          <p className="muted">Er is geen vermissing van {file.youth.firstName} vastgelegd.</p>
        ) : (
          <>
            <p className="table-count">{countText(load.value)}</p>
            <EpisodeTable episodes={load.value} columns="youth" label={`Vermissingen van ${file.youth.firstName} ${file.youth.lastName}`} onOpen={openEpisode} />
          </>
        ))}
    </section>
  );
}
