import { api } from '../../app/api';
import { formatDateTime } from '../../components/formatDateTime';
import { useLoad } from '../../components/useLoad';

/**
 * On the start screen, for everyone: a file that exists only on this PC must be backed up, and
 * the administrator may not sign in for weeks. Silent while backups are on time.
 */
export function BackupOverdueNotice() {
  const { load } = useLoad(api.backups.status);
  if (load.state !== 'loaded' || !load.value.overdue || load.value.running) return null;
  const { lastSuccessAt, intervalMinutes, lastError } = load.value;
  return (
    <div role="status" className="notice notice-warning">
      <p>
        <strong>Let op: back-up te oud.</strong>{' '}
        {lastSuccessAt
          ? `De laatste gecontroleerde back-up is van ${formatDateTime(lastSuccessAt)}, langer geleden dan ${intervalMinutes} minuten.`
          : 'Er is nog geen back-up van deze database gemaakt.'}{' '}
        {lastError ? `De laatste poging mislukte: ${lastError}` : ''} Meld het bij de beheerder als dit zo blijft.
      </p>
    </div>
  );
}
