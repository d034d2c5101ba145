import { useEffect, useId, useRef, type ReactNode } from 'react';

interface DialogProps {
  title: string;
  /** Escape and every close button ask here first; the owner decides whether to unmount. */
  onRequestClose: () => void;
  children: ReactNode;
}

/**
 * A modal built on the native <dialog>: the page behind it is inert and focus stays inside.
 * Mounting opens it; unmounting closes it and gives focus back to where it came from.
 */
export function Dialog({ title, onRequestClose, children }: DialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    return () => {
      dialog?.close();
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        // Handled on keydown: Chromium stops honouring a cancelled 'cancel' event after the first
        // Escape without other user input, and would then close a dirty form without asking.
        if (event.key === 'Escape') {
          event.preventDefault();
          onRequestClose();
        }
      }}
      onCancel={(event) => {
        event.preventDefault();
        onRequestClose();
      }}
    >
      <h2 id={titleId} className="dialog-title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
