import { useState } from 'react';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { socialMapKindLabels, type SocialMapEntry } from '../../../preload/contract';
import { api } from '../../app/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { formatDateTime } from '../../components/formatDateTime';
import { LoadFailed } from '../../components/LoadFailed';
import { useLoad } from '../../components/useLoad';
import { SocialMapEntryDialog } from './SocialMapEntryDialog';
import '../../styles/meldcode.css';

type Action = { kind: 'none' } | { kind: 'add' } | { kind: 'edit' | 'remove'; entry: SocialMapEntry };

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, SocialMapEntry>();
const columns = helper.columns([
  helper.accessor('kind', { header: 'Soort', cell: (info) => socialMapKindLabels[info.getValue()] }),
  helper.accessor('name', { header: 'Naam' }),
  helper.accessor('phone', { header: 'Telefoon', cell: (info) => <span className="cell-nowrap">{info.getValue() || '—'}</span> }),
  helper.accessor('note', { header: 'Toelichting' }),
  helper.accessor((entry) => (entry.changedByName ? `${entry.changedByName}, ${formatDateTime(entry.changedAt)}` : 'Landelijke standaard'), {
    id: 'changed',
    header: 'Laatst gewijzigd',
  }),
]);

/** The social map: whom workers call, shown beside a meldcode decision. National numbers ship; regional ones are added here. */
export function SocialMapSection() {
  const { load, setLoad, reload, retry } = useLoad(api.socialMap.list);
  const [action, setAction] = useState<Action>({ kind: 'none' });
  const [status, setStatus] = useState('');
  const [removing, setRemoving] = useState(false);
  const [removeError, setRemoveError] = useState<string | null>(null);
  const entries = load.state === 'loaded' ? load.value : [];
  const table = useTable({ features, columns, data: entries, getRowId: (row) => row.id });

  async function saved(entry: SocialMapEntry, added: boolean) {
    setAction({ kind: 'none' });
    await reload();
    setStatus(added ? `Contact toegevoegd: ${entry.name}.` : `Contact opgeslagen: ${entry.name}.`);
  }

  async function remove(entry: SocialMapEntry) {
    setRemoving(true);
    setRemoveError(null);
    const result = await api.socialMap.remove({ id: entry.id });
    setRemoving(false);
    if (!result.ok) {
      setRemoveError(result.error.message);
      return;
    }
    setAction({ kind: 'none' });
    setLoad({ state: 'loaded', value: result.value });
    setStatus(`Contact verwijderd: ${entry.name}.`);
  }

  return (
    <section className="panel" aria-labelledby="social-map-heading">
      <h2 id="social-map-heading" className="section-heading">
        Sociale kaart
      </h2>
      <p className="muted">
        De nummers die medewerkers bij een besluit in de meldcode te zien krijgen. De landelijke nummers zijn meegeleverd: je kunt ze aanpassen, niet
        verwijderen. Vul de regionale contacten aan, zoals de zorgcoördinator mensenhandel en de wijkagent.
      </p>
      <p role="status" className="status-message">
        {status}
      </p>
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          onClick={() => {
            setStatus('');
            setAction({ kind: 'add' });
          }}
        >
          Contact toevoegen
        </button>
      </div>
      {load.state === 'loading' && <p className="muted">Sociale kaart laden…</p>}
      {load.state === 'failed' && <LoadFailed message={load.message} onRetry={retry} />}
      {load.state === 'loaded' && (
        <DataTable
          table={table}
          label="Sociale kaart"
          rowActions={(entry) => (
            <div className="form-actions">
              <button type="button" className="button" onClick={() => setAction({ kind: 'edit', entry })}>
                Bewerken<span className="visually-hidden"> {entry.name}</span>
              </button>
              {!entry.shipped && (
                <button type="button" className="button button-danger" onClick={() => setAction({ kind: 'remove', entry })}>
                  Verwijderen<span className="visually-hidden"> {entry.name}</span>
                </button>
              )}
            </div>
          )}
        />
      )}
      {(action.kind === 'add' || action.kind === 'edit') && (
        <SocialMapEntryDialog
          entry={action.kind === 'edit' ? action.entry : undefined}
          onClose={() => setAction({ kind: 'none' })}
          onSaved={(entry) => void saved(entry, action.kind === 'add')}
        />
      )}
      {action.kind === 'remove' && (
        <ConfirmDialog
          title="Contact verwijderen"
          confirmLabel="Verwijderen"
          danger
          busy={removing}
          error={removeError}
          onConfirm={() => void remove(action.entry)}
          onCancel={() => {
            setRemoveError(null);
            setAction({ kind: 'none' });
          }}
        >
          <p>
            ‘{action.entry.name}’ ({socialMapKindLabels[action.entry.kind]}) verdwijnt van de sociale kaart. Medewerkers zien het nummer dan niet meer
            bij een besluit.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}
