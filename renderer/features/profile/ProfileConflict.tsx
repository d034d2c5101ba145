import { useEffect, useRef } from 'react';
import { unreadableProfileSections, type YouthFile } from '../../../preload/contract';
import { formatDateTime } from '../../components/formatDateTime';
import { ProfileView } from './ProfileView';

/** The part of the file read again after a conflict; it replaces those parts of the loaded file. */
export type NewestProfile = Pick<YouthFile, 'youth' | 'profile' | 'unreadable'>;

interface ProfileConflictProps {
  /** Null until the user asks for it after main refused the save. */
  newest: NewestProfile | null;
  onShowNewest: () => void;
}

/**
 * After a colleague saved in between: first the way to their data, then that data read-only
 * above the user's own input, so nothing of either is lost before saving again. Focus follows,
 * because the save button the user pressed sits far below and was disabled meanwhile.
 */
export function ProfileConflict({ newest, onShowNewest }: ProfileConflictProps) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => (newest ? headingRef.current : buttonRef.current)?.focus(), [newest]);

  if (!newest) {
    return (
      <div className="form-actions">
        <button ref={buttonRef} type="button" className="button button-primary" onClick={onShowNewest}>
          Nieuwste gegevens bekijken
        </button>
      </div>
    );
  }
  return (
    <section className="profile-conflict" aria-labelledby="profile-conflict-heading">
      <h4 id="profile-conflict-heading" ref={headingRef} tabIndex={-1} className="profile-conflict-heading">
        Nieuwste gegevens, opgeslagen op {formatDateTime(newest.youth.updatedAt)}
      </h4>
      <p>
        Jouw invoer staat hieronder nog in het formulier. Neem over wat je van deze gegevens wilt houden en sla dan opnieuw op: wat in het formulier
        staat komt in de plaats van deze gegevens.
      </p>
      <ProfileView youth={newest.youth} profile={newest.profile} unreadable={unreadableProfileSections(newest.unreadable)} headingLevel={5} />
    </section>
  );
}
