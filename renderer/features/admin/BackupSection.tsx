import { useState } from 'react';
import type { BackupSummary } from '../../../preload/contract';
import { api } from '../../app/api';
import { formatDateTime } from '../../components/formatDateTime';
import { FormError } from '../../components/FormError';
import { LoadFailed } from '../../components/LoadFailed';
import { useLoad } from '../../components/useLoad';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
const seconds = (ms: number) => `${(ms / 1000).toFixed(1).replace('.', ',')} s`;

/** One click for a backup now; the app makes them itself too, after every interval of use and at quit. */
export function BackupSection() {
  const { load, reload, retry } = useLoad(api.backups.status);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [made, setMade] = useState<BackupSummary | null>(null);

  async function backUpNow() {
    setBusy(true);
    setError(null);
    setMade(null);
    const result = await api.backups.run();
    setBusy(false);
    if (result.ok) setMade(result.value);
    else setError(result.error.message);
    await reload();
  }

  return (
    <section className="panel" aria-labelledby="backup-heading" aria-busy={busy}>
      <h2 id="backup-heading" className="section-heading">
        Back-ups
      </h2>
      {load.state === 'failed' && <LoadFailed message={load.message} onRetry={retry} />}
      {load.state === 'loaded' && (
        <>
          <p>
            Waakzaam maakt zelf een back-up na elke {load.value.intervalMinutes} minuten gebruik en bij het afsluiten, in de map die
            IT voor deze pc heeft ingesteld. Elke back-up is versleuteld en wordt na het schrijven gecontroleerd.
          </p>
          <p>
            {load.value.lastSuccessAt
              ? `Laatste gecontroleerde back-up: ${formatDateTime(load.value.lastSuccessAt)} (${load.value.lastFileName}).`
              : 'Er is nog geen back-up in de map.'}
          </p>
          {load.value.lastError && <p className="form-error">Laatste poging mislukt: {load.value.lastError}</p>}
        </>
      )}
      <p role="status" className="status-message">
        {busy
          ? 'Back-up wordt gemaakt en gecontroleerd…'
          : made
            ? `Back-up gemaakt en gecontroleerd: ${made.fileName} (${megabytes(made.bytes)}, ${seconds(made.durationMs)}).${made.logIntact ? '' : ' Let op: het toegangslog klopte niet met zijn ankerbestand.'}`
            : ''}
      </p>
      <FormError message={error} />
      <div className="form-actions">
        <button type="button" className="button" disabled={busy} onClick={() => void backUpNow()}>
          Nu een back-up maken
        </button>
      </div>
    </section>
  );
}
