import { unreadableProfileSections, type YouthFile } from '../../../preload/contract';
import { formatDateTime } from '../../components/formatDateTime';
import { NewestDataConflict } from '../../components/NewestDataConflict';
import { ProfileView } from './ProfileView';

/** The part of the file read again after a conflict; it replaces those parts of the loaded file. */
export type NewestProfile = Pick<YouthFile, 'youth' | 'profile' | 'unreadable'>;

interface ProfileConflictProps {
  /** Null until the user asks for it after main refused the save. */
  newest: NewestProfile | null;
  onShowNewest: () => void;
}

/** A colleague's newer profile, shown above the user's own input once asked for. */
export function ProfileConflict({ newest, onShowNewest }: ProfileConflictProps) {
  return (
    <NewestDataConflict
      shown={newest !== null}
      onShowNewest={onShowNewest}
      title={newest ? `Nieuwste gegevens, opgeslagen op ${formatDateTime(newest.youth.updatedAt)}` : ''}
      className="profile-conflict"
      headingClassName="profile-conflict-heading"
    >
      {newest && (
        <>
          <p>
            Jouw invoer staat hieronder nog in het formulier. Neem over wat je van deze gegevens wilt houden en sla dan opnieuw op: wat in het
            formulier staat komt in de plaats van deze gegevens.
          </p>
          <ProfileView youth={newest.youth} profile={newest.profile} unreadable={unreadableProfileSections(newest.unreadable)} headingLevel={5} />
        </>
      )}
    </NewestDataConflict>
  );
}
