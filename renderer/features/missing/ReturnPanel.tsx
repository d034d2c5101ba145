import { useState } from 'react';
import type { EpisodePanelProps } from './episodePanel';
import { ClosedNotice } from './ClosedNotice';
import { CloseEpisode } from './CloseEpisode';
import { PlanProposal } from './PlanProposal';
import { ReturnConversationForm } from './ReturnConversationForm';
import { ReturnForm } from './ReturnForm';
import { ReturnReminders } from './ReturnReminders';
import { conversationDetails } from './conversationDetails';
import { StoredDetails } from '../../components/StoredDetails';
import { useCombinedDirty } from '../../components/useCombinedDirty';
import '../../styles/missingFollowUp.css';

const forms = ['returned', 'conversation', 'proposal'] as const;

interface ReturnPanelProps extends EpisodePanelProps {
  /** The episode screen's tabs that hold unsaved input (this one included): closing names them. */
  unsavedTabs: readonly string[];
}

/**
 * "Terugkeer": the return, the police told, the return conversation by its deadline, its
 * agreements offered as the next safety-plan version, and closing the episode.
 */
export function ReturnPanel({ view, onViewChange, onDirtyChange, announce, unsavedTabs }: ReturnPanelProps) {
  const { handlers, anyDirty } = useCombinedDirty(forms, onDirtyChange);
  const [proposalPending, setProposalPending] = useState(false);
  const { episode } = view;
  const open = episode.status !== 'closed';
  const formProps = { view, onViewChange, announce };
  const agreements = episode.conversation?.agreements ?? '';

  return (
    <section className="panel episode-follow-up" aria-labelledby="return-heading">
      <h2 id="return-heading" className="section-heading">
        Terugkeer
      </h2>
      {episode.status === 'missing' && <p>De jongere is nog vermist. Leg hier de terugkeer vast zodra de jongere terug is.</p>}
      <ReturnReminders view={view} />
      <ClosedNotice episode={episode} unsaved={anyDirty} />
      {/* A form with input stays after the episode was closed, so nothing typed disappears unseen. */}
      {open || anyDirty ? (
        <div className="episode-forms">
          <ReturnForm {...formProps} onDirtyChange={handlers.returned} />
          {episode.returned ? (
            <ReturnConversationForm {...formProps} onDirtyChange={handlers.conversation} />
          ) : (
            <p className="muted">Het terugkeergesprek leg je vast nadat de terugkeer is opgeslagen.</p>
          )}
        </div>
      ) : (
        <ClosedConversation view={view} />
      )}
      {agreements.trim() !== '' && (open || anyDirty) && (
        <PlanProposal key={agreements} view={view} onDirtyChange={handlers.proposal} onPendingChange={setProposalPending} announce={announce} />
      )}
      <CloseEpisode view={view} unsavedTabs={unsavedTabs} planPending={proposalPending} onViewChange={onViewChange} announce={announce} />
    </section>
  );
}

/** A closed episode's return conversation, read-only: the timeline holds the rest. */
function ClosedConversation({ view }: { view: EpisodePanelProps['view'] }) {
  const { conversation } = view.episode;
  if (!conversation) return <p className="muted">Er is geen terugkeergesprek vastgelegd.</p>;
  return (
    <section aria-labelledby="closed-conversation-heading">
      <h3 id="closed-conversation-heading" className="episode-form-heading">
        Terugkeergesprek
      </h3>
      <StoredDetails details={conversationDetails(conversation)} />
    </section>
  );
}
