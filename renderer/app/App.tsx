import { ForcedPasswordChange } from '../features/password/ForcedPasswordChange';
import { RecoveryKeyScreen } from '../features/setup/RecoveryKeyScreen';
import { SetupScreen } from '../features/setup/SetupScreen';
import { UnlockScreen } from '../features/unlock/UnlockScreen';
import '../styles/session.css';
import { LockableTree } from './LockableTree';
import { MainLayout } from './MainLayout';
import type { SessionState } from './sessionState';
import { StartupProblem } from './StartupProblem';
import { useIdleLock } from './useIdleLock';
import { useSession, type Session } from './useSession';

export function App() {
  const session = useSession();
  const { state } = session;
  useIdleLock(signedIn(state)?.idleLockSeconds, () => session.lock('idle'));
  const screen = screenOf(state);

  return (
    <>
      {/* Keyed by user: someone else signing in never sees the previous user's screen. */}
      {screen && (
        <LockableTree key={screen.user.id} locked={state.kind !== 'unlocked'}>
          <MainLayout
            session={screen}
            active={state.kind === 'unlocked'}
            onLock={session.lock}
            onPasswordChanged={session.passwordChanged}
            onDismissNotices={session.dismissNotices}
          />
        </LockableTree>
      )}
      <Overlay state={state} session={session} />
    </>
  );
}

/** The session main holds open, whatever screen is in front of it. */
function signedIn(state: SessionState) {
  return state.kind === 'unlocked' || state.kind === 'mustChangePassword' || state.kind === 'showRecoveryKey' ? state.session : undefined;
}

/** The signed-in screen: shown when unlocked, kept hidden while locked. */
function screenOf(state: SessionState) {
  if (state.kind === 'unlocked') return state.session;
  return state.kind === 'locked' || state.kind === 'mustChangePassword' ? state.parked : undefined;
}

/** Whatever covers the signed-in screen (nothing when unlocked). */
function Overlay({ state, session }: { state: SessionState; session: Session }) {
  switch (state.kind) {
    case 'checking':
      return <p className="muted app-checking">Waakzaam wordt gestart…</p>;
    case 'unavailable':
      return <StartupProblem message={state.message} onRetry={session.recheck} />;
    case 'needsSetup':
      return <SetupScreen onSetUp={session.setUp} onAlreadySetUp={session.alreadySetUp} />;
    case 'showRecoveryKey':
      return <RecoveryKeyScreen recoveryKey={state.recoveryKey} onDone={session.recoveryKeyStored} />;
    case 'locked':
      return <UnlockScreen notice={state.notice} userName={state.userName} onSignedIn={session.signedIn} onNotSetUp={session.showSetup} />;
    case 'mustChangePassword':
      return <ForcedPasswordChange session={state.session} onChanged={session.passwordChanged} onLock={() => session.lock('manual')} />;
    case 'unlocked':
      return null;
  }
}
