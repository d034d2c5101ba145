import type { EpisodePanelProps } from './episodePanel';
import { ClosedNotice } from './ClosedNotice';
import { InformedForm } from './InformedForm';
import { NewEventForm } from './NewEventForm';
import { PoliceReportForm } from './PoliceReportForm';
import { TimelineList } from './TimelineList';
import { useCombinedDirty } from '../../components/useCombinedDirty';
import '../../styles/missingFollowUp.css';

const forms = ['police', 'informed', 'event'] as const;

/** "Tijdlijn": everything that happened while the youth was away, and the forms that add to it. */
export function TimelinePanel({ view, onViewChange, onDirtyChange, announce }: EpisodePanelProps) {
  const { handlers, anyDirty } = useCombinedDirty(forms, onDirtyChange);
  const open = view.episode.status !== 'closed';
  const formProps = { view, onViewChange, announce };

  return (
    <section className="panel episode-follow-up" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading" className="section-heading">
        Tijdlijn
      </h2>
      <TimelineList episode={view.episode} />
      <ClosedNotice episode={view.episode} unsaved={anyDirty} />
      {/* A form with input stays after the episode was closed, so nothing typed disappears unseen. */}
      {(open || anyDirty) && (
        <div className="episode-forms">
          <PoliceReportForm {...formProps} onDirtyChange={handlers.police} />
          <InformedForm {...formProps} onDirtyChange={handlers.informed} />
          <NewEventForm {...formProps} onDirtyChange={handlers.event} />
        </div>
      )}
    </section>
  );
}
