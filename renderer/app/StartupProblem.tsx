import { WelcomePanel } from '../components/WelcomePanel';

/** Main could not even say whether a database exists; nothing else can be shown safely. */
export function StartupProblem({ message, onRetry }: { message: string; onRetry: () => void }) {
  return (
    <WelcomePanel title="Waakzaam kan niet starten">
      <p role="alert" className="form-error">
        {message}
      </p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={onRetry}>
          Opnieuw proberen
        </button>
      </div>
    </WelcomePanel>
  );
}
