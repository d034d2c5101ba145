import { useState } from 'react';
import type { SessionInfo } from '../../../preload/contract';
import { WelcomePanel } from '../../components/WelcomePanel';
import { ForgotPassword } from './ForgotPassword';
import { LoginForm } from './LoginForm';
import { RecoveryForm } from './RecoveryForm';

interface UnlockScreenProps {
  notice?: string | undefined;
  /** The user who was signed in before an ordinary lock; empty after "switch user". */
  userName?: string | undefined;
  onSignedIn: (session: SessionInfo) => void;
  onNotSetUp: () => void;
}

export function UnlockScreen({ notice, userName, onSignedIn, onNotSetUp }: UnlockScreenProps) {
  const [view, setView] = useState<'login' | 'recovery'>('login');

  if (view === 'recovery') {
    return (
      <WelcomePanel title="Herstellen met de herstelsleutel">
        <RecoveryForm onSignedIn={onSignedIn} onBack={() => setView('login')} />
      </WelcomePanel>
    );
  }
  return (
    <WelcomePanel title="Inloggen">
      {notice && <p className="notice">{notice}</p>}
      <LoginForm userName={userName} onSignedIn={onSignedIn} onNotSetUp={onNotSetUp} />
      <ForgotPassword onUseRecoveryKey={() => setView('recovery')} />
    </WelcomePanel>
  );
}
