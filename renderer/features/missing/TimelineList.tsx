import type { MissingEpisode } from '../../../preload/contract';
import { formatDateTime } from '../../components/formatDateTime';
import { episodeTimeline } from './episodeTimeline';

/** The episode as one list of moments, oldest first; each says when, what, and who wrote it down. */
export function TimelineList({ episode }: { episode: MissingEpisode }) {
  const entries = episodeTimeline(episode);
  return (
    <ol className="episode-timeline" aria-label="Tijdlijn van de vermissing">
      {entries.map((entry) => (
        <li key={entry.key} className="timeline-entry">
          <p className="timeline-when">{entry.at ? <time dateTime={entry.at}>{formatDateTime(entry.at)}</time> : 'Tijdstip niet ingevuld'}</p>
          <div className="timeline-what">
            <p className="timeline-title">{entry.title}</p>
            {entry.details.map((line, index) => (
              <p key={index} className="episode-text">
                {line}
              </p>
            ))}
            {entry.recorded && <p className="timeline-recorded">{entry.recorded}</p>}
          </div>
        </li>
      ))}
    </ol>
  );
}
