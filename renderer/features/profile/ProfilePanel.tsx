import type { Youth, YouthProfile } from '../../../preload/contract';
import { useEditMode } from '../../components/useEditMode';
import type { FilePanelProps } from '../youths/filePanel';
import { ProfileForm } from './ProfileForm';
import { ProfileView } from './ProfileView';
import '../../styles/profile.css';

/** The youth's data by section (domain.md §2), read-only, and "Gegevens wijzigen" for all of it at once. */
export function ProfilePanel({ file, onFileChange, onDirtyChange, announce }: FilePanelProps) {
  const { editing, setEditing, startRef } = useEditMode();

  function saved(youth: Youth, profile: YouthProfile) {
    onFileChange({ youth, profile });
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
          onSaved={saved}
          onNewerData={onFileChange}
          onClose={() => setEditing(false)}
          onDirtyChange={onDirtyChange}
        />
      ) : (
        <ProfileView youth={file.youth} profile={file.profile} />
      )}
    </section>
  );
}
