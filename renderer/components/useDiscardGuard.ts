import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useUnsavedChanges } from './unsavedChanges';

interface DiscardGuardOptions {
  /** The form holds data that is not saved yet. */
  dirty: boolean;
  /** A call is running: closing now would leave its outcome unseen. */
  busy?: boolean;
  /** Really leaves the form (unmounts it). */
  onLeave: () => void;
}

/**
 * The unsaved-changes guard every form uses: leaving a clean form just leaves; leaving a dirty
 * one first asks (DiscardChangesPrompt). Asking again while the question is shown means "no",
 * so a second Escape keeps the data. Focus returns to `returnFocusRef` when the user goes on.
 */
export function useDiscardGuard({ dirty, busy = false, onLeave }: DiscardGuardOptions) {
  const [confirmingDiscard, setConfirmingDiscard] = useState(false);
  const returnFocusRef = useRef<HTMLButtonElement>(null);
  useUnsavedChanges(dirty);

  function requestLeave() {
    if (busy) return;
    if (!dirty) onLeave();
    else if (confirmingDiscard) keepEditing();
    else setConfirmingDiscard(true);
  }

  function keepEditing() {
    flushSync(() => setConfirmingDiscard(false));
    returnFocusRef.current?.focus();
  }

  function discard() {
    setConfirmingDiscard(false);
    onLeave();
  }

  return { confirmingDiscard, setConfirmingDiscard, requestLeave, keepEditing, discard, returnFocusRef };
}

export type DiscardGuard = ReturnType<typeof useDiscardGuard>;
