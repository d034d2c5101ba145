import { useId, useMemo, useRef, useState } from 'react';
import { useTable } from '@tanstack/react-table';
import type { SafetyPlanVersion, SafetyPlanVersionSummary } from '../../../preload/contract';
import { api } from '../../app/api';
import { DataTable } from '../../components/DataTable';
import { OlderVersion } from './OlderVersion';
import { versionColumns, versionTableFeatures } from './versionColumns';

type VersionsLoad = { state: 'closed' } | { state: 'loading' } | { state: 'failed'; message: string } | { state: 'loaded'; versions: SafetyPlanVersionSummary[] };
type Opened = { state: 'none' } | { state: 'failed'; message: string } | { state: 'open'; plan: SafetyPlanVersion };

/**
 * "Versies": loaded only when asked for, since looking at them is logged; an older one opens
 * read-only. The panel mounts it anew for every new current version, so the list is never stale.
 */
export function PlanVersions({ youthId, current }: { youthId: string; current: SafetyPlanVersion }) {
  const [load, setLoad] = useState<VersionsLoad>({ state: 'closed' });
  const [opened, setOpened] = useState<Opened>({ state: 'none' });
  const regionId = useId();
  const isOpen = load.state !== 'closed';
  const headingRef = useRef<HTMLHeadingElement>(null);

  async function show() {
    setLoad({ state: 'loading' });
    const result = await api.safetyPlan.versions({ youthId });
    setLoad(result.ok ? { state: 'loaded', versions: result.value } : { state: 'failed', message: result.error.message });
  }

  async function open(version: number) {
    const result = await api.safetyPlan.get({ youthId, version });
    setOpened(result.ok ? { state: 'open', plan: result.value } : { state: 'failed', message: result.error.message });
  }

  return (
    <section className="plan-versions" aria-labelledby="plan-versions-heading">
      <h3 id="plan-versions-heading" ref={headingRef} tabIndex={-1} className="section-heading">
        Versies
      </h3>
      <p className="muted">Elke keer opslaan maakt een nieuwe versie. Eerdere versies blijven bewaard en zijn alleen te lezen.</p>
      <div className="form-actions">
        <button
          type="button"
          className="button"
          aria-expanded={isOpen}
          aria-controls={regionId}
          onClick={() => {
            if (!isOpen) return void show();
            setLoad({ state: 'closed' });
            setOpened({ state: 'none' });
          }}
        >
          {isOpen ? 'Versies verbergen' : 'Versies tonen'}
        </button>
      </div>
      <div id={regionId} className="plan-versions-body">
        {load.state === 'loading' && <p className="muted">Versies laden…</p>}
        {load.state === 'failed' && (
          <p role="alert" className="form-error">
            {load.message}
          </p>
        )}
        {load.state === 'loaded' && <VersionTable versions={load.versions} currentVersion={current.version} onOpen={(version) => void open(version)} />}
        {opened.state === 'failed' && (
          <p role="alert" className="form-error">
            {opened.message}
          </p>
        )}
        {opened.state === 'open' && isOpen && (
          <OlderVersion
            plan={opened.plan}
            current={current}
            onClose={() => {
              setOpened({ state: 'none' });
              headingRef.current?.focus();
            }}
          />
        )}
      </div>
    </section>
  );
}

interface VersionTableProps {
  versions: SafetyPlanVersionSummary[];
  currentVersion: number;
  onOpen: (version: number) => void;
}

function VersionTable({ versions, currentVersion, onOpen }: VersionTableProps) {
  const columns = useMemo(() => versionColumns(currentVersion), [currentVersion]);
  const table = useTable({ features: versionTableFeatures, columns, data: versions, getRowId: (row) => String(row.version) });
  return (
    <>
      <p className="table-count">{versions.length === 1 ? '1 versie' : `${versions.length} versies, nieuwste eerst`}</p>
      <DataTable
        table={table}
        label="Versies van het veiligheidsplan"
        rowActions={(row) =>
          row.version === currentVersion ? (
            <span className="muted">Staat hierboven</span>
          ) : (
            <button type="button" className="button" onClick={() => onOpen(row.version)}>
              Bekijken<span className="visually-hidden"> versie {row.version}</span>
            </button>
          )
        }
      />
    </>
  );
}
