import { useEffect, useRef, type ReactNode } from 'react';

interface EpisodeConflictProps {
  /** False until the user asked for the newest data after main refused the save. */
  newestShown: boolean;
  onShowNewest: () => void;
  /** What is stored now for this part, shown once the newest data is read. */
  children: ReactNode;
}

/**
 * After a colleague saved the episode in between: first the way to their data, then that data
 * read-only above the user's own input, so neither is lost before saving again.
 */
export function EpisodeConflict({ newestShown, onShowNewest, children }: EpisodeConflictProps) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const textRef = useRef<HTMLDivElement>(null);

  useEffect(() => (newestShown ? textRef.current : buttonRef.current)?.focus(), [newestShown]);

  if (!newestShown) {
    return (
      <div className="form-actions">
        <button ref={buttonRef} type="button" className="button button-primary" onClick={onShowNewest}>
          Nieuwste gegevens bekijken
        </button>
      </div>
    );
  }
  return (
    <div ref={textRef} tabIndex={-1} className="episode-conflict">
      <p className="episode-conflict-title">Nu opgeslagen:</p>
      {children}
      <p>Jouw invoer staat hieronder nog in het formulier. Neem over wat je wilt houden en sla dan opnieuw op.</p>
    </div>
  );
}
