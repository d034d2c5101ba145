import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { createPortal, flushSync } from 'react-dom';
import { Dialog } from '../../components/Dialog';
import { RecoveryKeySheet } from '../setup/RecoveryKeySheet';

const storedLabel = 'Ik heb de herstelsleutel afgedrukt of opgeschreven en veilig opgeborgen';
const notYetStored = 'Vink eerst aan dat je de herstelsleutel veilig hebt opgeborgen: hij wordt hierna niet meer getoond.';

/**
 * Shows the new recovery key once, with a print button. Printing shows only the key sheet:
 * while this dialog is open the sheet sits outside the app root, which printing hides.
 */
export function NewRecoveryKeyDialog({ recoveryKey, onDone }: { recoveryKey: string; onDone: () => void }) {
  const [stored, setStored] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const checkboxRef = useRef<HTMLInputElement>(null);
  const checkboxId = useId();
  const [createdOn] = useState(() => new Date());

  useEffect(() => {
    document.body.classList.add('printing-key-sheet');
    return () => document.body.classList.remove('printing-key-sheet');
  }, []);

  function finish(event?: FormEvent<HTMLFormElement>) {
    event?.preventDefault();
    if (stored) {
      onDone();
      return;
    }
    flushSync(() => setError(notYetStored));
    checkboxRef.current?.focus();
  }

  return (
    <>
      <Dialog title="Nieuwe herstelsleutel" onRequestClose={() => finish()}>
        <form noValidate onSubmit={finish} className="form">
          <p>De nieuwe herstelsleutel is gemaakt; de vorige werkt niet meer. Deze sleutel wordt maar één keer getoond.</p>
          <dl className="key-box">
            <dt className="field-label">Herstelsleutel</dt>
            <dd className="key-text">{recoveryKey}</dd>
          </dl>
          <ul className="plain-bullets">
            <li>Druk de sleutel af of schrijf hem over op papier. Bewaar hem niet op de computer.</li>
            <li>Berg het papier op in een afgesloten kast of kluis, niet bij de computer.</li>
            <li>Vernietig het blad met de vorige herstelsleutel.</li>
          </ul>
          <div className="form-actions">
            <button type="button" className="button" onClick={() => window.print()}>
              Afdrukken
            </button>
          </div>
          <div className="field">
            <label className="checkbox-option">
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
              <span>{storedLabel}</span>
            </label>
            {error && (
              <p id={`${checkboxId}-error`} className="field-error" role="alert">
                {error}
              </p>
            )}
          </div>
          <div className="form-actions">
            <button type="submit" className="button button-primary">
              Klaar
            </button>
          </div>
        </form>
      </Dialog>
      {createPortal(
        <div className="key-sheet-print">
          <RecoveryKeySheet recoveryKey={recoveryKey} createdOn={createdOn} />
        </div>,
        document.body,
      )}
    </>
  );
}
