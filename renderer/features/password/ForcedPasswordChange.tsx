import type { SessionInfo } from '../../../preload/contract';
import { WelcomePanel } from '../../components/WelcomePanel';
import { ChangePasswordForm } from './ChangePasswordForm';

interface ForcedPasswordChangeProps {
  session: SessionInfo;
  onChanged: (session: SessionInfo) => void;
  onLock: () => void;
}

/** After an administrator set a password for this user, the user picks their own before anything else. */
export function ForcedPasswordChange({ session, onChanged, onLock }: ForcedPasswordChangeProps) {
  return (
    <WelcomePanel title="Kies een nieuw wachtwoord">
      <p>
        Je bent ingelogd als <strong>{session.user.name}</strong> met een wachtwoord dat de beheerder heeft
        ingesteld. Kies nu een eigen wachtwoord dat alleen jij kent; daarna ga je verder in Waakzaam.
      </p>
      <ChangePasswordForm
        userName={session.user.name}
        onChanged={onChanged}
        extraActions={
          <button type="button" className="button" onClick={onLock}>
            Vergrendel
          </button>
        }
      />
    </WelcomePanel>
  );
}
