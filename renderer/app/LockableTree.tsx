import { useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * Keeps the signed-in screen mounted but out of sight and out of reach while the session is
 * locked: `hidden` removes it from view and from the accessibility tree, `inert` from the tab
 * order. Unlocking shows it again as it was, half-filled forms included, with focus back where
 * it was.
 *
 * An open modal <dialog> sits in the top layer and makes everything outside it inert, the
 * unlock screen too, whatever its ancestors say. So locking closes those dialogs (they stay
 * mounted, with their contents) and unlocking opens them again.
 */
export function LockableTree({ locked, children }: { locked: boolean; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const parkedDialogs = useRef<HTMLDialogElement[] | null>(null);
  // Tracked as it moves: by the time the lock is noticed, the browser may have moved it already.
  const lastFocused = useRef<HTMLElement | null>(null);

  // A layout effect: the dialogs must be closed before the unlock screen takes focus.
  useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return;
    if (locked) {
      if (parkedDialogs.current) return;
      const dialogs = [...root.querySelectorAll('dialog')].filter((dialog) => dialog.open && dialog.matches(':modal'));
      for (const dialog of dialogs) dialog.close();
      parkedDialogs.current = dialogs;
    } else if (parkedDialogs.current) {
      const dialogs = parkedDialogs.current;
      parkedDialogs.current = null;
      // In their original order, so the one that was on top is on top again.
      for (const dialog of dialogs) if (dialog.isConnected && !dialog.open) dialog.showModal();
      const focus = lastFocused.current;
      if (focus?.isConnected) focus.focus();
    }
  }, [locked]);

  return (
    <div
      ref={ref}
      hidden={locked}
      inert={locked}
      onFocus={(event) => {
        // Not while locked: closing the dialogs may hand focus around inside the hidden tree.
        if (!locked && event.target instanceof HTMLElement) lastFocused.current = event.target;
      }}
    >
      {children}
    </div>
  );
}
