import type { MissingEpisode } from '../../../preload/contract';
import { formatDateTime } from '../../components/formatDateTime';

/** Says that a closed episode is only there to read, and what happened to input typed before it closed. */
export function ClosedNotice({ episode, unsaved }: { episode: MissingEpisode; unsaved: boolean }) {
  if (episode.status !== 'closed') return null;
  const closed = episode.closedAt ? ` op ${formatDateTime(episode.closedAt)}${episode.closedByName ? ` door ${episode.closedByName}` : ''}` : '';
  return (
    <div className="episode-notice">
      <p>Deze vermissing is afgesloten{closed}. Wat hier staat is alleen nog te lezen.</p>
      {unsaved && <p>Wat je hieronder nog had ingevuld is niet opgeslagen.</p>}
    </div>
  );
}
