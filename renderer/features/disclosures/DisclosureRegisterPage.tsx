import { useCallback, useState } from 'react';
import type { DisclosureFilter, SessionUser } from '../../../preload/contract';
import { api } from '../../app/api';
import { CsvExportButton, CsvExportFeedback, useCsvExport } from '../../components/CsvExport';
import { LoadFailed } from '../../components/LoadFailed';
import { PageHeading } from '../../components/PageHeading';
import { useLoad } from '../../components/useLoad';
import { DisclosureFilters, noDisclosureFilter } from './DisclosureFilters';
import { DisclosureTable } from './DisclosureTable';
import '../../styles/disclosures.css';
import { youthNamesNotice } from '../../components/youthNamesNotice';

/** The organisation's verstrekkingenregister, filtered, with a CSV for the privacy officer (administrator and aandachtsfunctionaris). */
export function DisclosureRegisterPage({ user }: { user: SessionUser }) {
  const [filter, setFilter] = useState<DisclosureFilter>(noDisclosureFilter);

  const search = useCallback(() => api.disclosures.search(filter), [filter]);
  const { load, setLoad, retry } = useLoad(search);
  const csvExport = useCsvExport(
    () => api.disclosures.exportCsv(filter),
    (fileName) => `Export gemaakt: ${fileName}. Ook deze export staat in de toegangslog.`,
  );

  function apply(next: DisclosureFilter) {
    csvExport.clearStatus();
    setLoad({ state: 'loading' });
    setFilter(next);
  }

  return (
    <section className="page" aria-labelledby="page-heading">
      <div className="page-header">
        <PageHeading>Verstrekkingenregister</PageHeading>
        <CsvExportButton csvExport={csvExport} />
      </div>
      <p className="page-intro">
        Elk bestand dat de app verliet: wanneer, door wie, over welke jongere, aan wie, waarom, op welke grondslag, met welke onderdelen,
        en de SHA-256 van precies dat bestand. {youthNamesNotice(user.role)}
      </p>
      <DisclosureFilters onApply={apply} />
      <CsvExportFeedback csvExport={csvExport} />
      {load.state === 'loading' && <p className="muted">Verstrekkingenregister laden…</p>}
      {load.state === 'failed' && <LoadFailed message={load.message} onRetry={retry} />}
      {load.state === 'loaded' &&
        (load.value.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state-title">Geen verstrekkingen gevonden.</p>
            <p>Er is niets verstrekt dat bij dit filter past. Kies een ruimere periode of ‘Filters wissen’.</p>
          </div>
        ) : (
          <DisclosureTable entries={load.value} label="Verstrekkingenregister" withYouth />
        ))}
    </section>
  );
}
