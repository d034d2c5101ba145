import { roleLabels, type SessionUser } from '../../preload/contract';
import { lockShortcut, switchUserShortcut } from './useSessionShortcuts';

interface AppHeaderProps {
  user: SessionUser;
  onChangePassword: () => void;
  onSwitchUser: () => void;
  onLock: () => void;
}

/** Who is signed in, and the one-click ways to step away from a shared computer. */
export function AppHeader({ user, onChangePassword, onSwitchUser, onLock }: AppHeaderProps) {
  return (
    <header className="app-header">
      <p className="app-name">Waakzaam</p>
      <div className="app-user">
        <p className="app-user-text">
          <span className="app-user-name">{user.name}</span>
          <span className="app-user-role">{roleLabels[user.role]}</span>
        </p>
        <div className="app-header-actions">
          <button type="button" className="button" onClick={onChangePassword}>
            Wachtwoord wijzigen
          </button>
          <button
            type="button"
            className="button"
            onClick={onSwitchUser}
            aria-keyshortcuts={switchUserShortcut.keys}
            title={`Sneltoets: ${switchUserShortcut.label}`}
          >
            Wissel van gebruiker
          </button>
          <button type="button" className="button" onClick={onLock} aria-keyshortcuts={lockShortcut.keys} title={`Sneltoets: ${lockShortcut.label}`}>
            Vergrendel
          </button>
        </div>
      </div>
    </header>
  );
}
