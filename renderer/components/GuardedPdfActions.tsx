import { DiscardChangesPrompt } from './DiscardChangesPrompt';
import type { DiscardGuard } from './useDiscardGuard';

/**
 * The end of an export form behind useDiscardGuard: save or print (the submitter's value, 'save' or
 * 'print', says which) and a way out, or the question whether to throw the typed input away.
 */
export function GuardedPdfActions({ guard, busy }: { guard: DiscardGuard; busy: boolean }) {
  if (guard.confirmingDiscard) return <DiscardChangesPrompt onDiscard={guard.discard} onKeepEditing={guard.keepEditing} />;
  return (
    <div className="form-actions">
      <button type="submit" name="output" value="save" className="button button-primary" disabled={busy}>
        {busy ? 'Bezig…' : 'Opslaan als PDF'}
      </button>
      <button type="submit" name="output" value="print" className="button" disabled={busy}>
        Afdrukken
      </button>
      <button ref={guard.returnFocusRef} type="button" className="button" onClick={guard.requestLeave} disabled={busy}>
        Annuleren
      </button>
    </div>
  );
}
