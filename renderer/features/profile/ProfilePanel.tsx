import { unreadableProfileKey, unreadableProfileSections, type Youth, type YouthProfile } from '../../../preload/contract';
import { useEditMode } from '../../components/useEditMode';
import type { FilePanelProps } from '../youths/filePanel';
import { ProfileForm } from './ProfileForm';
import { ProfileView } from './ProfileView';
import { UnreadableProfileNotice } from './UnreadableSections';
import '../../styles/profile.css';

/** The youth's data by section (domain.md §2), read-only, and "Gegevens wijzigen" for all of it at once. */
export function ProfilePanel({ file, onFileChange, onDirtyChange, announce }: FilePanelProps) {
  const { editing, setEditing, startRef } = useEditMode();
  const unreadable = unreadableProfileSections(file.unreadable);

  function saved(youth: Youth, profile: YouthProfile) {
    // The save replaced the unreadable sections (the user confirmed it); other parts stay as read.
    const replaced = new Set(unreadable.map(unreadableProfileKey));
    onFileChange({ youth, profile, unreadable: file.unreadable.filter((part) => !replaced.has(part)) });
    announce(`Gegevens opgeslagen voor ${youth.firstName} ${youth.lastName}.`);
    setEditing(false);
  }

  return (
    <section className="panel profile-panel" aria-labelledby="profile-heading">
      <div className="section-header">
        <h2 id="profile-heading" className="section-heading">
          Gegevens
        </h2>
        {!editing && (
          <button ref={startRef} type="button" className="button button-primary" onClick={() => setEditing(true)}>
            Gegevens wijzigen
          </button>
        )}
      </div>
      {editing ? (
        <ProfileForm
          youth={file.youth}
          profile={file.profile}
          unreadable={unreadable}
          onSaved={saved}
          onNewerData={onFileChange}
          onClose={() => setEditing(false)}
          onDirtyChange={onDirtyChange}
        />
      ) : (
        <>
          <UnreadableProfileNotice sections={unreadable} />
          <ProfileView youth={file.youth} profile={file.profile} unreadable={unreadable} />
        </>
      )}
    </section>
  );
}
