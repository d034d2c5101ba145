import { useMemo, useState } from 'react';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { roleLabels, type Account, type Location, type Result } from '../../../preload/contract';
import { api } from '../../app/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { formatDateTime } from '../../components/formatDateTime';
import { LoadFailed } from '../../components/LoadFailed';
import { useLoad } from '../../components/useLoad';
import { compareDutch } from '../youths/dutchNames';
import { EditAccountDialog } from './EditAccountDialog';
import { NewAccountDialog } from './NewAccountDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { needsLocations } from './roleDescriptions';

type Action = { kind: 'none' } | { kind: 'new' } | { kind: 'edit' | 'reset' | 'disable'; account: Account };

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, Account>();

async function accountsByName(): Promise<Result<Account[]>> {
  const result = await api.accounts.list();
  return result.ok ? { ok: true, value: [...result.value].sort((a, b) => compareDutch(a.name, b.name)) } : result;
}

function statusOf(account: Account): string {
  if (account.disabledAt) return `Uitgeschakeld sinds ${formatDateTime(account.disabledAt)}`;
  if (account.mustChangePassword) return 'Actief; kiest bij de volgende keer inloggen een eigen wachtwoord';
  return 'Actief';
}

interface AccountsSectionProps {
  locations: readonly Location[];
  currentUserId: string;
}

/** Accounts: who may sign in, with which role and (for group workers and team leads) locations. */
export function AccountsSection({ locations, currentUserId }: AccountsSectionProps) {
  const { load, reload } = useLoad(accountsByName);
  const [action, setAction] = useState<Action>({ kind: 'none' });
  const [status, setStatus] = useState('');
  const [disabling, setDisabling] = useState(false);
  const [disableError, setDisableError] = useState<string | null>(null);

  const columns = useMemo(() => {
    const names = new Map(locations.map((location) => [location.id, location.name]));
    return helper.columns([
      helper.accessor('name', { header: 'Naam' }),
      helper.accessor((account) => roleLabels[account.role], { id: 'role', header: 'Rol' }),
      helper.accessor(
        (account) =>
          needsLocations(account.role)
            ? account.locationIds.map((id) => names.get(id) ?? 'Onbekende locatie').join(', ') || 'Geen'
            : account.role === 'traffickingOfficer'
              ? 'Alle jongeren'
              : 'Geen jongeren',
        { id: 'locations', header: 'Locaties' },
      ),
      helper.accessor(statusOf, { id: 'status', header: 'Status' }),
    ]);
  }, [locations]);

  async function finish(message: string) {
    setAction({ kind: 'none' });
    await reload();
    setStatus(message);
  }

  async function disable(account: Account) {
    setDisabling(true);
    setDisableError(null);
    const result = await api.accounts.disable({ id: account.id });
    setDisabling(false);
    if (!result.ok) {
      setDisableError(result.error.message);
      return;
    }
    await finish(`Account van ${account.name} is uitgeschakeld. ${account.name} kan niet meer inloggen.`);
  }

  function start(next: Action) {
    setStatus('');
    setDisableError(null);
    setAction(next);
  }

  return (
    <section className="panel" aria-labelledby="accounts-heading">
      <div className="section-header">
        <h2 id="accounts-heading" className="section-heading">
          Accounts
        </h2>
        <button type="button" className="button button-primary" onClick={() => start({ kind: 'new' })}>
          Nieuw account
        </button>
      </div>
      <p role="status" className="status-message">
        {status}
      </p>
      {load.state === 'loading' && <p className="muted">Accounts laden…</p>}
      {load.state === 'failed' && <LoadFailed message={load.message} onRetry={() => void reload()} />}
      {load.state === 'loaded' && (
        <AccountTable accounts={load.value} columns={columns} currentUserId={currentUserId} onAction={start} />
      )}
      {action.kind === 'new' && (
        <NewAccountDialog
          locations={locations}
          onClose={() => setAction({ kind: 'none' })}
          onSaved={(account) =>
            void finish(`Account aangemaakt: ${account.name}. Geef het eerste wachtwoord persoonlijk door; bij de eerste keer inloggen kiest ${account.name} een eigen wachtwoord.`)
          }
        />
      )}
      {action.kind === 'edit' && (
        <EditAccountDialog
          account={action.account}
          locations={locations}
          onClose={() => setAction({ kind: 'none' })}
          onSaved={(account) => void finish(`Account van ${account.name} is gewijzigd. Dit geldt vanaf de volgende keer dat ${account.name} inlogt.`)}
        />
      )}
      {action.kind === 'reset' && (
        <ResetPasswordDialog
          account={action.account}
          onClose={() => setAction({ kind: 'none' })}
          onSaved={(account) => void finish(`Nieuw eerste wachtwoord ingesteld voor ${account.name}. Het account is actief.`)}
        />
      )}
      {action.kind === 'disable' && (
        <ConfirmDialog
          title={`Account van ${action.account.name} uitschakelen?`}
          confirmLabel="Uitschakelen"
          danger
          busy={disabling}
          error={disableError}
          onConfirm={() => void disable(action.account)}
          onCancel={() => setAction({ kind: 'none' })}
        >
          <p>
            {action.account.name} kan daarna niet meer inloggen. Wat {action.account.name} heeft vastgelegd, blijft bewaard, ook
            in de toegangslog.
          </p>
          <p>Wil je het account later weer gebruiken, stel dan een nieuw wachtwoord in: daarmee wordt het weer actief.</p>
        </ConfirmDialog>
      )}
    </section>
  );
}

interface AccountTableProps {
  accounts: Account[];
  columns: ReturnType<typeof helper.columns>;
  currentUserId: string;
  onAction: (action: Action) => void;
}

function AccountTable({ accounts, columns, currentUserId, onAction }: AccountTableProps) {
  const table = useTable({ features, columns, data: accounts, getRowId: (account) => account.id });
  return (
    <DataTable
      table={table}
      label="Accounts"
      rowActions={(account) => (
        <div className="row-action-buttons">
          {!account.disabledAt && (
            <button type="button" className="button button-small" aria-label={`Wijzigen: ${account.name}`} onClick={() => onAction({ kind: 'edit', account })}>
              Wijzigen
            </button>
          )}
          <button
            type="button"
            className="button button-small"
            aria-label={`${account.disabledAt ? 'Weer activeren' : 'Nieuw wachtwoord'}: ${account.name}`}
            onClick={() => onAction({ kind: 'reset', account })}
          >
            {account.disabledAt ? 'Weer activeren' : 'Nieuw wachtwoord'}
          </button>
          {!account.disabledAt && account.id !== currentUserId && (
            <button
              type="button"
              className="button button-small button-danger"
              aria-label={`Uitschakelen: ${account.name}`}
              onClick={() => onAction({ kind: 'disable', account })}
            >
              Uitschakelen
            </button>
          )}
        </div>
      )}
    />
  );
}
