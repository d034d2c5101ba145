import type { EntityKind } from '../../../../preload/contract';

/** Simple line icons, one per kind of entity; decorative, the kind is also written out. */
const paths: Record<EntityKind | 'youth', string> = {
  youth: 'M12 12a4 4 0 1 0 0-8 4 4 0 0 0 0 8Zm-7 8c0-3.9 3.1-6 7-6s7 2.1 7 6',
  person: 'M12 11a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Zm-6.5 9c0-3.6 2.9-6 6.5-6s6.5 2.4 6.5 6',
  place: 'M4 11 12 4l8 7M6.5 9.5V20h11V9.5M10 20v-5h4v5',
  vehicle: 'M3.5 15.5V12l2.5-5h12l2.5 5v3.5M3.5 15.5h17M7 18.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Zm10 0a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z',
  phone: 'M8 3h8a1 1 0 0 1 1 1v16a1 1 0 0 1-1 1H8a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1Zm3 15h2',
  account: 'M15.5 12a3.5 3.5 0 1 1-7 0 3.5 3.5 0 0 1 7 0Zm0 0v1.5a2.5 2.5 0 0 0 5 0V12a8.5 8.5 0 1 0-3.5 6.9',
};

export function KindIcon({ kind }: { kind: EntityKind | 'youth' }) {
  return (
    <svg className="graph-icon" viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path d={paths[kind]} fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

/** A warning triangle for "may be at risk" and a shield for "may be shared with the police". */
export function FlagIcon({ flag }: { flag: 'atRisk' | 'police' }) {
  const d = flag === 'atRisk' ? 'M12 4 2.5 20h19L12 4Zm0 6v4.5m0 2.5v.5' : 'M12 3 5 6v5.5c0 4.4 3 7.9 7 9.5 4-1.6 7-5.1 7-9.5V6l-7-3Z';
  return (
    <svg className="graph-flag-icon" viewBox="0 0 24 24" width="14" height="14" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}
