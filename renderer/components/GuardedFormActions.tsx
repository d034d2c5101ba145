import { DiscardChangesPrompt } from './DiscardChangesPrompt';
import { SubmitButton } from './SubmitButton';
import type { DiscardGuard } from './useDiscardGuard';

interface GuardedFormActionsProps {
  guard: DiscardGuard;
  submitLabel: string;
  busy: boolean;
  /** "Annuleren" closes the form; a form that stays on the page undoes instead ("Wijzigingen ongedaan maken"). */
  leaveLabel?: string;
  leaveDisabled?: boolean;
  leaveHidden?: boolean;
}

/**
 * The end of a form behind useDiscardGuard: submit and a way out, or, once leaving a form with
 * unsaved data was asked for, the question whether to throw that data away.
 */
export function GuardedFormActions({ guard, submitLabel, busy, leaveLabel = 'Annuleren', leaveDisabled = false, leaveHidden = false }: GuardedFormActionsProps) {
  if (guard.confirmingDiscard) return <DiscardChangesPrompt onDiscard={guard.discard} onKeepEditing={guard.keepEditing} />;
  return (
    <div className="form-actions">
      <SubmitButton label={submitLabel} busy={busy} />
      {!leaveHidden && (
        <button ref={guard.returnFocusRef} type="button" className="button" onClick={guard.requestLeave} disabled={busy || leaveDisabled}>
          {leaveLabel}
        </button>
      )}
    </div>
  );
}
