import { useEffect, useRef, type ReactNode } from 'react';
import { Dialog } from './Dialog';
import { FormError } from './FormError';

interface ConfirmDialogProps {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Shown red: for actions that take something away (disable an account, replace a key). */
  danger?: boolean;
  busy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** A yes/no question before an action that cannot simply be undone. "Annuleren" has focus first. */
export function ConfirmDialog({ title, children, confirmLabel, danger, busy = false, error, onConfirm, onCancel }: ConfirmDialogProps) {
  const cancelRef = useRef<HTMLButtonElement>(null);
  // After Dialog's own effect (children's effects run first): showModal() focuses the first
  // button, which is the confirm button; one Enter must never confirm a destructive action.
  useEffect(() => cancelRef.current?.focus(), []);
  return (
    <Dialog title={title} onRequestClose={() => !busy && onCancel()}>
      <div className="form">
        <FormError message={error ?? null} />
        <div className="dialog-text">{children}</div>
        <div className="form-actions">
          <button type="button" className={danger ? 'button button-danger-solid' : 'button button-primary'} onClick={onConfirm} disabled={busy}>
            {busy ? 'Bezig…' : confirmLabel}
          </button>
          <button type="button" className="button" onClick={onCancel} disabled={busy} ref={cancelRef}>
            Annuleren
          </button>
        </div>
      </div>
    </Dialog>
  );
}
