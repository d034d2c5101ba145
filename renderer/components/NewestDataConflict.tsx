import { useEffect, useId, useRef, type ReactNode } from 'react';

interface NewestDataConflictProps {
  /** False until the user asked for the newest data after main refused the save. */
  shown: boolean;
  onShowNewest: () => void;
  /** Heads the newest data once shown, e.g. "Nieuwste gegevens, opgeslagen op …". */
  title: string;
  className: string;
  headingClassName: string;
  /** The newest data, read-only, and what to do with it. */
  children: ReactNode;
}

/**
 * After a colleague saved in between: first the way to their data, then that data read-only
 * above the user's own input, so nothing of either is lost before saving again. Focus follows,
 * because the save button the user pressed sits far below and was disabled meanwhile.
 */
export function NewestDataConflict({ shown, onShowNewest, title, className, headingClassName, children }: NewestDataConflictProps) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const headingId = useId();

  useEffect(() => (shown ? headingRef.current : buttonRef.current)?.focus(), [shown]);

  if (!shown) {
    return (
      <div className="form-actions">
        <button ref={buttonRef} type="button" className="button button-primary" onClick={onShowNewest}>
          Nieuwste gegevens bekijken
        </button>
      </div>
    );
  }
  return (
    <section className={className} aria-labelledby={headingId}>
      <h4 id={headingId} ref={headingRef} tabIndex={-1} className={headingClassName}>
        {title}
      </h4>
      {children}
    </section>
  );
}
