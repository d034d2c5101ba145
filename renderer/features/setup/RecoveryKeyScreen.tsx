import { useId, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { WelcomePanel } from '../../components/WelcomePanel';
import { RecoveryKeySheet } from './RecoveryKeySheet';

interface RecoveryKeyScreenProps {
  recoveryKey: string;
  onDone: () => void;
}

const storedLabel = 'Ik heb de herstelsleutel afgedrukt of opgeschreven en veilig opgeborgen';

/** Shown once, right after setup: the key is never shown again, so the next step waits for a tick. */
export function RecoveryKeyScreen({ recoveryKey, onDone }: RecoveryKeyScreenProps) {
  const [stored, setStored] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const checkboxRef = useRef<HTMLInputElement>(null);
  const checkboxId = useId();
  const [createdOn] = useState(() => new Date());

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (stored) {
      onDone();
      return;
    }
    flushSync(() => setError('Vink eerst aan dat je de herstelsleutel veilig hebt opgeborgen: hij wordt hierna niet meer getoond.'));
    checkboxRef.current?.focus();
  }

  return (
    <>
      <div className="recovery-screen print-hidden">
        <WelcomePanel title="Bewaar de herstelsleutel">
          <p>
            De database is aangemaakt. Hieronder staat de <strong>herstelsleutel</strong>. Weet niemand meer een
            wachtwoord van een beheerder, dan open je met deze sleutel de database en geef je een beheerdersaccount
            een nieuw wachtwoord.
          </p>
          <dl className="recovery-key-box">
            <dt className="field-label">Herstelsleutel</dt>
            <dd className="recovery-key">{recoveryKey}</dd>
          </dl>
          <ul className="recovery-instructions">
            <li>Druk de sleutel af of schrijf hem over op papier. Bewaar hem niet op de computer.</li>
            <li>Berg het papier op een veilige plek op, zoals een afgesloten kast of kluis, niet bij de computer.</li>
            <li>Wie de sleutel heeft, kan alle gegevens in Waakzaam openen.</li>
            <li>De sleutel wordt na dit scherm niet meer getoond.</li>
          </ul>
          <form noValidate onSubmit={submit} className="form">
            <div className="form-actions">
              <button type="button" className="button" onClick={() => window.print()}>
                Afdrukken
              </button>
            </div>
            <div className="field">
              <div className="checkbox-field">
                <input
                  ref={checkboxRef}
                  id={checkboxId}
                  type="checkbox"
                  checked={stored}
                  onChange={(event) => {
                    setStored(event.target.checked);
                    if (event.target.checked) setError(null);
                  }}
                  required
                  aria-invalid={error ? true : undefined}
                  aria-describedby={error ? `${checkboxId}-error` : undefined}
                />
                <label htmlFor={checkboxId}>{storedLabel}</label>
              </div>
              {error && (
                <p id={`${checkboxId}-error`} className="field-error">
                  {error}
                </p>
              )}
            </div>
            <div className="form-actions">
              <button type="submit" className="button button-primary">
                Verder
              </button>
            </div>
          </form>
        </WelcomePanel>
      </div>
      <RecoveryKeySheet recoveryKey={recoveryKey} createdOn={createdOn} />
    </>
  );
}
