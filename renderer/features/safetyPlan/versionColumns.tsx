import { createColumnHelper, tableFeatures } from '@tanstack/react-table';
import type { SafetyPlanVersionSummary } from '../../../preload/contract';
import { formatDateTime } from '../../components/formatDateTime';

/** Main returns the versions newest first; the table shows them as they come. */
export const versionTableFeatures = tableFeatures({});

const helper = createColumnHelper<typeof versionTableFeatures, SafetyPlanVersionSummary>();

export function versionColumns(currentVersion: number) {
  return helper.columns([
    helper.accessor('version', {
      header: 'Versie',
      cell: (info) => (info.getValue() === currentVersion ? `${info.getValue()} (huidige versie)` : info.getValue()),
    }),
    helper.accessor('savedAt', { header: 'Opgeslagen op', cell: (info) => <span className="cell-nowrap">{formatDateTime(info.getValue())}</span> }),
    helper.accessor('savedByName', { header: 'Door' }),
  ]);
}
