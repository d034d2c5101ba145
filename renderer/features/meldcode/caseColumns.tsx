import { createColumnHelper, tableFeatures, type ColumnDef } from '@tanstack/react-table';
import { caseStatusLabels, meldcodeStepLabels, suspicionKindLabels, type CaseSummary, type MeldcodeStep } from '../../../preload/contract';
import { formatDateTime } from '../../components/formatDateTime';

/** Main returns the cases in their order; the tables keep it. */
export const caseTableFeatures = tableFeatures({});

const helper = createColumnHelper<typeof caseTableFeatures, CaseSummary>();

/** "Stap 4 · Wegen", or where a case stands once every step is done or it is closed. */
export function currentStepText(summary: Pick<CaseSummary, 'currentStep' | 'status'>): string {
  if (summary.status === 'closed') return caseStatusLabels.closed;
  return summary.currentStep === null ? 'Alle stappen afgerond' : meldcodeStepLabels[summary.currentStep as MeldcodeStep];
}

const youth = helper.accessor('youthName', { header: 'Jongere' });
const suspicion = helper.accessor('title', {
  header: 'Vermoeden',
  cell: (info) => (
    <>
      {info.getValue()}
      <span className="case-suspicion-kind">{suspicionKindLabels[info.row.original.suspicion]}</span>
    </>
  ),
});
const step = helper.accessor('currentStep', { header: 'Huidige stap', cell: (info) => currentStepText(info.row.original) });
const lastActivity = helper.accessor('lastActivityAt', { header: 'Laatste activiteit', cell: (info) => <span className="cell-nowrap">{formatDateTime(info.getValue())}</span> });
const opened = helper.accessor('openedAt', { header: 'Gestart op', cell: (info) => <span className="cell-nowrap">{formatDateTime(info.getValue())}</span> });

// Widened to one array type, so one table component takes either list.
export const caseColumns: Record<'open' | 'youth', ColumnDef<typeof caseTableFeatures, CaseSummary, any>[]> = {
  /** The open cases of every youth the user may see ("Meldcode"). */
  open: helper.columns([youth, suspicion, step, lastActivity]),
  /** One youth's cases in the file, closed ones included. */
  youth: helper.columns([suspicion, step, opened, lastActivity]),
};

/** What the "Openen" button reads out, so a list of them is not a list of the same word. */
export function caseName(summary: CaseSummary): string {
  return `meldcodetraject ${summary.title} van ${summary.youthName}`;
}
