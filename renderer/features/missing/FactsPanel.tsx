import type { MissingEpisode } from '../../../preload/contract';
import type { EpisodePanelProps } from './episodePanel';
import { ClosedNotice } from './ClosedNotice';
import { EpisodePartForm } from './EpisodePartForm';
import { factErrors, type FactsDraft } from './factsDraft';
import { factsDetails } from './factsDetails';
import { MissingFactsFields } from './MissingFactsFields';
import { StoredDetails } from '../../components/StoredDetails';
import { useEpisodePartForm } from './useEpisodePartForm';
import '../../styles/missingFollowUp.css';

const stored = ({ facts }: MissingEpisode): FactsDraft => facts;

/**
 * "Feiten": the moment's facts as reported, completed or corrected as more becomes known (the
 * clothing a colleague remembers, when the youth was really last seen). The packet prints them.
 */
export function FactsPanel({ view, onViewChange, onDirtyChange, announce }: EpisodePanelProps) {
  const form = useEpisodePartForm({
    view,
    onViewChange,
    onDirtyChange,
    announce,
    part: 'facts',
    stored,
    times: ['discoveredAt', 'lastSeenAt'],
    savedMessage: 'Feiten van het moment opgeslagen.',
  });
  const { episode } = view;
  const details = <StoredDetails details={factsDetails(episode.facts)} />;

  return (
    <section className="panel episode-follow-up" aria-labelledby="facts-panel-heading">
      <h2 id="facts-panel-heading" className="section-heading">
        Feiten van het moment
      </h2>
      <ClosedNotice episode={episode} unsaved={form.dirty} />
      {/* A form with input stays after the episode was closed, so nothing typed disappears unseen. */}
      {episode.status !== 'closed' || form.dirty ? (
        <EpisodePartForm
          form={form}
          title="Feiten aanvullen of verbeteren"
          intro="Vul aan wat je bij het melden nog niet wist, of verbeter het. Het politiedossier neemt deze feiten over."
          submitLabel="Feiten opslaan"
          stored={details}
        >
          <MissingFactsFields
            value={form.values}
            onChange={form.change}
            errors={factErrors(form.feedback.errors, 'value.')}
            discoveryHint="Wanneer iemand merkte dat de jongere weg was."
          />
        </EpisodePartForm>
      ) : (
        details
      )}
    </section>
  );
}
