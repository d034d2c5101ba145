import { createColumnHelper, rowPaginationFeature, tableFeatures } from '@tanstack/react-table';
import { accessActionLabels, accessObjectLabels, roleLabels, type AccessLogEntry } from '../../../preload/contract';
import { formatDateTime } from '../../components/formatDateTime';
import { StackedCell } from '../../components/StackedCell';

/**
 * The log is ordered and paged by main (newest first): pagination here only counts pages
 * (manualPagination, no paginated row model), the table shows what main returned.
 */
export const accessLogTableFeatures = tableFeatures({ rowPaginationFeature });

const helper = createColumnHelper<typeof accessLogTableFeatures, AccessLogEntry>();

const time = helper.accessor('at', { id: 'at', header: 'Tijd', cell: (info) => <span className="cell-nowrap">{formatDateTime(info.getValue())}</span> });
const user = helper.accessor((entry) => entry.userName ?? 'Onbekend', {
  id: 'userName',
  header: 'Gebruiker en rol',
  cell: (info) => <StackedCell main={info.getValue()} detail={info.row.original.role ? roleLabels[info.row.original.role] : null} />,
});
const action = helper.accessor((entry) => accessActionLabels[entry.action], {
  id: 'action',
  header: 'Actie',
  cell: (info) => <StackedCell main={info.getValue()} detail={accessObjectLabels[info.row.original.objectType]} />,
});
const youth = helper.accessor((entry) => entry.youthLabel ?? '—', { id: 'youth', header: 'Jongere' });
const reason = helper.accessor((entry) => entry.reason ?? '', {
  id: 'reason',
  header: 'Reden en toelichting',
  cell: (info) => {
    const { reason: given, details } = info.row.original;
    return given || details ? <StackedCell main={given ?? ''} detail={details} /> : '—';
  },
});
const workstation = helper.accessor('workstation', { id: 'workstation', header: 'Werkplek' });

/** "Wie heeft dit dossier ingezien?": the youth is known, so it is left out. */
export const youthHistoryColumns = helper.columns([time, user, action, reason]);

/** The whole log, with the youth (a name for the officer, a reference for the administrator). */
export const accessLogColumns = helper.columns([time, user, action, youth, reason, workstation]);
