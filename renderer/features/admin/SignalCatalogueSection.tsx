import { useMemo, useState } from 'react';
import { createColumnHelper, tableFeatures, useTable } from '@tanstack/react-table';
import { signalCategories, signalCategoryLabels, type CatalogueItem, type SignalCategory } from '../../../preload/contract';
import { api } from '../../app/api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { DataTable } from '../../components/DataTable';
import { formatDateTime } from '../../components/formatDateTime';
import { LoadFailed } from '../../components/LoadFailed';
import { useLoad } from '../../components/useLoad';
import { CatalogueItemDialog } from '../signals/CatalogueItemDialog';
import '../../styles/signals.css';

type Action = { kind: 'none' } | { kind: 'add' } | { kind: 'edit' | 'retire'; item: CatalogueItem };

const features = tableFeatures({});
const helper = createColumnHelper<typeof features, CatalogueItem>();

const columns = helper.columns([
  helper.accessor('text', {
    header: 'Signaal',
    cell: (info) => <span className={info.row.original.retiredAt ? 'catalogue-retired' : 'cell-main'}>{info.getValue()}</span>,
  }),
  helper.accessor('version', { header: 'Versie' }),
  helper.accessor((item) => (item.retiredAt ? `Buiten gebruik sinds ${formatDateTime(item.retiredAt)}` : 'In gebruik'), { id: 'status', header: 'Status' }),
  helper.accessor((item) => (item.changedByName ? `${item.changedByName}, ${formatDateTime(item.changedAt)}` : 'Standaardlijst'), {
    id: 'changed',
    header: 'Laatst gewijzigd',
  }),
]);

/** The signal list workers choose from: per category, each item's version and status; add, edit (a new version) and retire. */
export function SignalCatalogueSection() {
  const { load, reload, retry } = useLoad(api.signals.catalogue);
  const [action, setAction] = useState<Action>({ kind: 'none' });
  const [status, setStatus] = useState('');
  const [retiring, setRetiring] = useState(false);
  const [retireError, setRetireError] = useState<string | null>(null);

  async function finish(message: string) {
    setAction({ kind: 'none' });
    await reload();
    setStatus(message);
  }

  async function retire(item: CatalogueItem) {
    setRetiring(true);
    setRetireError(null);
    const result = await api.signals.retireCatalogueItem({ id: item.id, basedOnVersion: item.version });
    setRetiring(false);
    if (!result.ok) {
      setRetireError(result.error.message);
      return;
    }
    await finish(`‘${item.text}’ is buiten gebruik gesteld. Het wordt niet meer aangeboden; eerder vastgelegde signalen tonen het nog.`);
  }

  return (
    <section className="panel" aria-labelledby="signal-catalogue-heading">
      <h2 id="signal-catalogue-heading" className="section-heading">
        Signalenlijst
      </h2>
      <p className="muted">
        Uit deze lijst kiezen medewerkers hun signalen. Een wijziging wordt een nieuwe versie; signalen die al zijn vastgelegd, houden hun eigen
        tekst. Een signaal dat buiten gebruik is, wordt niet meer aangeboden maar blijft leesbaar bij oude signalen.
      </p>
      <p role="status" className="status-message">
        {status}
      </p>
      <div className="form-actions">
        <button type="button" className="button button-primary" onClick={() => setAction({ kind: 'add' })}>
          Signaal toevoegen
        </button>
      </div>
      {load.state === 'loading' && <p className="muted">Signalenlijst laden…</p>}
      {load.state === 'failed' && <LoadFailed message={load.message} onRetry={retry} />}
      {load.state === 'loaded' &&
        signalCategories.map((category) => (
          <CategoryTable key={category} category={category} items={load.value} onEdit={(item) => setAction({ kind: 'edit', item })} onRetire={(item) => setAction({ kind: 'retire', item })} />
        ))}
      {(action.kind === 'add' || action.kind === 'edit') && (
        <CatalogueItemDialog
          item={action.kind === 'edit' ? action.item : undefined}
          onSaved={(saved) => void finish(action.kind === 'edit' ? `‘${saved.text}’ is opgeslagen als versie ${saved.version}.` : `‘${saved.text}’ is aan de lijst toegevoegd.`)}
          onClose={() => setAction({ kind: 'none' })}
          onConflict={() => void reload()}
        />
      )}
      {action.kind === 'retire' && (
        <ConfirmDialog
          title="Signaal buiten gebruik stellen?"
          confirmLabel="Buiten gebruik stellen"
          danger
          busy={retiring}
          error={retireError}
          onConfirm={() => void retire(action.item)}
          onCancel={() => {
            setRetireError(null);
            setAction({ kind: 'none' });
          }}
        >
          <p>
            ‘{action.item.text}’ wordt niet meer aangeboden bij nieuwe signalen. Signalen die het al gebruiken, blijven het tonen. Dit kan niet
            ongedaan worden gemaakt; voeg het zo nodig later opnieuw toe.
          </p>
        </ConfirmDialog>
      )}
    </section>
  );
}

interface CategoryTableProps {
  category: SignalCategory;
  items: readonly CatalogueItem[];
  onEdit: (item: CatalogueItem) => void;
  onRetire: (item: CatalogueItem) => void;
}

function CategoryTable({ category, items, onEdit, onRetire }: CategoryTableProps) {
  const data = useMemo(() => items.filter((item) => item.category === category), [items, category]);
  const table = useTable({ features, columns, data, getRowId: (item) => item.id });
  const label = signalCategoryLabels[category];
  return (
    <div className="catalogue-category">
      <h3>{label}</h3>
      <DataTable
        table={table}
        label={label}
        rowActions={(item) =>
          item.retiredAt ? (
            <span className="muted">Buiten gebruik</span>
          ) : (
            <div className="row-action-buttons">
              <button type="button" className="button button-small" aria-label={`Wijzigen: ${item.text}`} onClick={() => onEdit(item)}>
                Wijzigen
              </button>
              <button type="button" className="button button-small button-danger" aria-label={`Buiten gebruik stellen: ${item.text}`} onClick={() => onRetire(item)}>
                Buiten gebruik stellen
              </button>
            </div>
          )
        }
      />
    </div>
  );
}
