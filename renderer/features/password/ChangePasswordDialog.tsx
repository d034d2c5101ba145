import type { SessionInfo } from '../../../preload/contract';
import { Dialog } from '../../components/Dialog';
import { ChangePasswordForm } from './ChangePasswordForm';

interface ChangePasswordDialogProps {
  userName: string;
  onChanged: (session: SessionInfo) => void;
  onClose: () => void;
}

/** "Wachtwoord wijzigen" from the header, for every user. Closing early is harmless: a change under way still completes. */
export function ChangePasswordDialog({ userName, onChanged, onClose }: ChangePasswordDialogProps) {
  return (
    <Dialog title="Wachtwoord wijzigen" onRequestClose={onClose}>
      <ChangePasswordForm
        userName={userName}
        onChanged={onChanged}
        extraActions={
          <button type="button" className="button" onClick={onClose}>
            Annuleren
          </button>
        }
      />
    </Dialog>
  );
}
