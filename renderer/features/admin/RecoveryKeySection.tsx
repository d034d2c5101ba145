import { useState } from 'react';
import { api } from '../../app/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { NewRecoveryKeyDialog } from './NewRecoveryKeyDialog';

type Step = { kind: 'idle' } | { kind: 'confirming' } | { kind: 'showing'; recoveryKey: string };

/** A new recovery key, e.g. when the old sheet is lost or someone who knew where it was leaves. */
export function RecoveryKeySection() {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');

  async function replace() {
    setBusy(true);
    setError(null);
    const result = await api.accounts.newRecoveryKey();
    setBusy(false);
    if (result.ok) setStep({ kind: 'showing', recoveryKey: result.value.recoveryKey });
    else setError(result.error.message);
  }

  return (
    <section className="panel" aria-labelledby="recovery-heading">
      <h2 id="recovery-heading" className="section-heading">
        Herstelsleutel
      </h2>
      <p>
        Met de herstelsleutel open je de database als niemand meer een wachtwoord van een beheerder weet. Is het afgedrukte blad
        kwijt, of weet iemand die niet meer bij de organisatie werkt waar het ligt? Maak dan een nieuwe sleutel.
      </p>
      <p role="status" className="status-message">
        {status}
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          onClick={() => {
            setStatus('');
            setError(null);
            setStep({ kind: 'confirming' });
          }}
        >
          Nieuwe herstelsleutel maken
        </button>
      </div>
      {step.kind === 'confirming' && (
        <ConfirmDialog
          title="Nieuwe herstelsleutel maken?"
          confirmLabel="Nieuwe sleutel maken"
          danger
          busy={busy}
          error={error}
          onConfirm={() => void replace()}
          onCancel={() => setStep({ kind: 'idle' })}
        >
          <p>
            De huidige herstelsleutel werkt daarna <strong>niet meer</strong>. De nieuwe sleutel wordt één keer getoond: druk hem
            meteen af of schrijf hem over, en vernietig daarna het oude blad.
          </p>
        </ConfirmDialog>
      )}
      {step.kind === 'showing' && (
        <NewRecoveryKeyDialog
          recoveryKey={step.recoveryKey}
          onDone={() => {
            setStep({ kind: 'idle' });
            setStatus('De nieuwe herstelsleutel is in gebruik. De vorige werkt niet meer: vernietig het oude blad.');
          }}
        />
      )}
    </section>
  );
}
