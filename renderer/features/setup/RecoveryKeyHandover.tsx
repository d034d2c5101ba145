import { useId, useRef, useState, type FormEvent, type ReactNode, type Ref } from 'react';
import { flushSync } from 'react-dom';

const storedLabel = 'Ik heb de herstelsleutel afgedrukt of opgeschreven en veilig opgeborgen';
const notYetStored = 'Vink eerst aan dat je de herstelsleutel veilig hebt opgeborgen: hij wordt hierna niet meer getoond.';

interface RecoveryKeyHandoverProps {
  recoveryKey: string;
  /** What to do with the paper: a first key and a replacement differ (the old sheet must go). */
  instructions: readonly string[];
  doneLabel: string;
  onDone: () => void;
  /** The form, so a dialog can answer Escape as it answers the done button. */
  ref?: Ref<HTMLFormElement>;
  /** The introduction above the key. */
  children: ReactNode;
}

/**
 * A recovery key shown once, after setup or when an administrator replaces it: the key, how to
 * keep it and a print button. It is never shown again, so going on waits for a tick that it is
 * stored. The caller puts the printable sheet (RecoveryKeySheet) on the page.
 */
export function RecoveryKeyHandover({ recoveryKey, instructions, doneLabel, onDone, ref, children }: RecoveryKeyHandoverProps) {
  const [stored, setStored] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const checkboxRef = useRef<HTMLInputElement>(null);
  const checkboxId = useId();

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (stored) {
      onDone();
      return;
    }
    flushSync(() => setError(notYetStored));
    checkboxRef.current?.focus();
  }

  return (
    <form ref={ref} noValidate onSubmit={submit} className="form">
      {children}
      <dl className="recovery-key-box">
        <dt className="field-label">Herstelsleutel</dt>
        <dd className="recovery-key">{recoveryKey}</dd>
      </dl>
      <ul className="recovery-instructions">
        {instructions.map((instruction) => (
          <li key={instruction}>{instruction}</li>
        ))}
      </ul>
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
          {doneLabel}
        </button>
      </div>
    </form>
  );
}
