import { MainLayout } from './MainLayout';
import { SetupScreen } from '../features/setup/SetupScreen';
import { UnlockScreen } from '../features/unlock/UnlockScreen';
import { StartupProblem } from './StartupProblem';
import { useSession } from './useSession';

export function App() {
  const session = useSession();
  const { state } = session;

  switch (state.kind) {
    case 'checking':
      return <p className="muted app-checking">Waakzaam wordt gestart…</p>;
    case 'unavailable':
      return <StartupProblem message={state.message} onRetry={session.recheck} />;
    case 'needsSetup':
      return <SetupScreen onSignedIn={session.signedIn} onAlreadySetUp={session.showUnlock} />;
    case 'locked':
      return <UnlockScreen notice={state.notice} onSignedIn={session.signedIn} onNotSetUp={session.showSetup} />;
    case 'unlocked':
      return <MainLayout user={state.user} onLock={session.lock} />;
  }
}
