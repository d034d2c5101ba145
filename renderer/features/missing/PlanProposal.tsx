import { useCallback, useEffect, useRef, useState } from 'react';
import type { EpisodeView } from '../../../preload/contract';
import { LoadFailed } from '../../components/LoadFailed';
import { useLoad } from '../../components/useLoad';
import { loadPlanProposal } from './loadPlanProposal';
import { ProposalForm } from './ProposalForm';

interface PlanProposalProps {
  view: EpisodeView;
  onDirtyChange: (dirty: boolean) => void;
  onPendingChange: (pending: boolean) => void;
  announce: (message: string) => void;
}

/**
 * After a return conversation with agreements: the current safety plan with them added, to save
 * as its next version. Mounted anew whenever the agreements change (its key), so it never offers
 * an outdated proposal.
 */
export function PlanProposal({ view, onDirtyChange, onPendingChange, announce }: PlanProposalProps) {
  const { id: episodeId, youthId } = view.episode;
  const fetch = useCallback(() => loadPlanProposal(episodeId, youthId), [episodeId, youthId]);
  const { load, reload, retry } = useLoad(fetch);
  const [conflicted, setConflicted] = useState(false);
  const noticeRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (conflicted) noticeRef.current?.focus();
  }, [conflicted, load]);

  async function colleagueSaved() {
    await reload();
    setConflicted(true);
  }

  return (
    <section className="episode-proposal" aria-labelledby="plan-proposal-heading">
      <h3 id="plan-proposal-heading" className="episode-form-heading">
        Voorstel voor het veiligheidsplan
      </h3>
      {load.state === 'loading' && <p className="muted">Voorstel maken…</p>}
      {load.state === 'failed' && <LoadFailed message={load.message} onRetry={retry} />}
      {load.state === 'loaded' && load.value === null && <p className="muted">Er zijn geen afspraken om aan het veiligheidsplan toe te voegen.</p>}
      {conflicted && load.state === 'loaded' && load.value && (
        <div ref={noticeRef} tabIndex={-1} role="alert" className="episode-notice episode-notice-warning">
          <p>
            Niet opgeslagen: een collega heeft intussen een nieuwere versie van het veiligheidsplan opgeslagen
            {load.value.current ? ` (versie ${load.value.current.version}, door ${load.value.current.savedByName})` : ''}. Het voorstel hieronder is
            opnieuw gemaakt vanuit die versie. Bekijk het en sla het dan opnieuw op.
          </p>
        </div>
      )}
      {load.state === 'loaded' && load.value && (
        <ProposalForm
          key={load.value.proposal.basedOnVersion ?? 'first'}
          youthId={youthId}
          loaded={load.value}
          agreements={view.episode.conversation?.agreements ?? ''}
          onConflict={() => void colleagueSaved()}
          onSaved={(version) => {
            setConflicted(false);
            announce(`Afspraken opgeslagen als versie ${version.version} van het veiligheidsplan.`);
          }}
          onDirtyChange={onDirtyChange}
          onPendingChange={onPendingChange}
        />
      )}
    </section>
  );
}
