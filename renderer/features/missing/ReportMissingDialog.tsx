import { useState } from 'react';
import type { EpisodeView, SessionUser } from '../../../preload/contract';
import { Dialog } from '../../components/Dialog';
import { DiscardChangesPrompt } from '../../components/DiscardChangesPrompt';
import { useDiscardGuard } from '../../components/useDiscardGuard';
import { ChooseYouthStep } from './ChooseYouthStep';
import type { ChosenYouth } from './chosenYouth';
import { emptyFactsDraft, type FactsDraft } from './factsDraft';
import { ReportFactsStep } from './ReportFactsStep';
import '../../styles/missing.css';

interface ReportMissingDialogProps {
  user: SessionUser;
  /** Opened from the youth's file: straight to the facts. */
  youth?: ChosenYouth | undefined;
  onClose: () => void;
  /** The episode exists: the caller shows its screen. */
  onReported: (view: EpisodeView) => void;
  /** The youth was already reported missing: the caller shows that episode. */
  onOpenExisting: (episodeId: string) => void;
}

/**
 * "Vermissing melden": from the start screen one click on the youth, then the moment's facts.
 * The urgency questions follow on the episode screen, where main's suggestions from the file are
 * at hand, so the PDF is four clicks from the start screen and nothing is asked twice.
 */
export function ReportMissingDialog({ user, youth: preset, onClose, onReported, onOpenExisting }: ReportMissingDialogProps) {
  const [youth, setYouth] = useState<ChosenYouth | null>(preset ?? null);
  const [initialFacts] = useState(emptyFactsDraft);
  const [facts, setFacts] = useState<FactsDraft>(initialFacts);
  const [searchDirty, setSearchDirty] = useState(false);
  const [busy, setBusy] = useState(false);

  const factsDirty = JSON.stringify(facts) !== JSON.stringify(initialFacts);
  const guard = useDiscardGuard({ dirty: factsDirty || (youth === null && searchDirty), busy, onLeave: onClose });

  function choose(chosen: ChosenYouth) {
    setSearchDirty(false);
    guard.setConfirmingDiscard(false);
    setYouth(chosen);
  }

  return (
    <Dialog title="Vermissing melden" onRequestClose={guard.requestLeave}>
      {youth === null ? (
        <>
          <ChooseYouthStep user={user} onChoose={choose} onDirtyChange={setSearchDirty} onBusyChange={setBusy} />
          {guard.confirmingDiscard ? (
            <DiscardChangesPrompt onDiscard={guard.discard} onKeepEditing={guard.keepEditing} />
          ) : (
            <div className="form-actions dialog-footer">
              <button ref={guard.returnFocusRef} type="button" className="button" onClick={guard.requestLeave} disabled={busy}>
                Annuleren
              </button>
            </div>
          )}
        </>
      ) : (
        <ReportFactsStep
          youth={youth}
          facts={facts}
          onFactsChange={setFacts}
          guard={guard}
          onBusyChange={setBusy}
          onChooseOther={preset ? undefined : () => setYouth(null)}
          onReported={onReported}
          onOpenExisting={onOpenExisting}
        />
      )}
    </Dialog>
  );
}
