import { DiscardChangesPrompt } from './DiscardChangesPrompt';
import type { DiscardGuard } from './useDiscardGuard';

/** A page's way back, with the guard's question about unsaved input right under it. */
export function BackRow({ guard, label, onClick = guard.requestLeave }: { guard: DiscardGuard; label: string; onClick?: () => void }) {
  return (
    <>
      <div className="back-row">
        <button ref={guard.returnFocusRef} type="button" className="button" onClick={onClick}>
          <span aria-hidden="true">← </span>
          {label}
        </button>
      </div>
      {guard.confirmingDiscard && <DiscardChangesPrompt onDiscard={guard.discard} onKeepEditing={guard.keepEditing} />}
    </>
  );
}
