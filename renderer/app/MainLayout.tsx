import { useState } from 'react';
import type { SessionInfo } from '../../preload/contract';
import { hasUnsavedChanges } from '../components/unsavedChanges';
import { ChangePasswordDialog } from '../features/password/ChangePasswordDialog';
import { AppHeader } from './AppHeader';
import { CurrentPage } from './CurrentPage';
import { EmergencyBanner } from './EmergencyBanner';
import { MainNavigation } from './MainNavigation';
import { pagesFor, type PageId } from './pages';
import { SessionNotices } from './SessionNotices';
import { SwitchUserPrompt } from './SwitchUserPrompt';
import { useActiveEmergencyGrants } from './useActiveEmergencyGrants';
import { useSessionShortcuts } from './useSessionShortcuts';

interface MainLayoutProps {
  session: SessionInfo;
  /** False while the screen is locked: the layout stays mounted, hidden, and does nothing. */
  active: boolean;
  onLock: (reason: 'manual' | 'switchUser') => void;
  onPasswordChanged: (session: SessionInfo) => void;
  onDismissNotices: () => void;
}

export function MainLayout({ session, active, onLock, onPasswordChanged, onDismissNotices }: MainLayoutProps) {
  const { user } = session;
  const [page, setPage] = useState<PageId>(() => pagesFor(user.role)[0]?.id ?? 'youths');
  const [dialog, setDialog] = useState<'changePassword' | 'switchUser' | null>(null);
  const [status, setStatus] = useState('');
  const grants = useActiveEmergencyGrants(active);

  function switchUserNow() {
    setDialog(null);
    onLock('switchUser');
  }

  function switchUser() {
    if (hasUnsavedChanges()) setDialog('switchUser');
    else switchUserNow();
  }

  function lock() {
    onLock('manual');
  }

  useSessionShortcuts(active, { onLock: lock, onSwitchUser: switchUser });

  return (
    <div className="app-shell">
      <div className="app-top">
        <EmergencyBanner grants={grants} />
        <AppHeader
          user={user}
          onChangePassword={() => {
            setStatus('');
            setDialog('changePassword');
          }}
          onSwitchUser={switchUser}
          onLock={lock}
        />
        <SessionNotices notices={session.notices} onDismiss={onDismissNotices} />
        <p role="status" className="status-message app-status">
          {status}
        </p>
      </div>
      <div className="app-body">
        <MainNavigation current={page} onNavigate={setPage} role={user.role} />
        <main className="app-main">
          <CurrentPage key={page} page={page} user={user} />
        </main>
      </div>
      {dialog === 'changePassword' && (
        <ChangePasswordDialog
          userName={user.name}
          onClose={() => setDialog(null)}
          onChanged={(changed) => {
            setDialog(null);
            setStatus('Je wachtwoord is gewijzigd.');
            onPasswordChanged(changed);
          }}
        />
      )}
      {dialog === 'switchUser' && <SwitchUserPrompt onCancel={() => setDialog(null)} onSwitch={switchUserNow} />}
    </div>
  );
}
