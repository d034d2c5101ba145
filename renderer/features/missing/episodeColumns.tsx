import { createColumnHelper, tableFeatures, type ColumnDef } from '@tanstack/react-table';
import { episodeStatusLabels, type EpisodeSummary } from '../../../preload/contract';
import { formatDateTime } from '../../components/formatDateTime';

/** Main returns the episodes in their order (open first, newest discovery first); the tables keep it. */
export const episodeTableFeatures = tableFeatures({});

const helper = createColumnHelper<typeof episodeTableFeatures, EpisodeSummary>();

const moment = (iso: string | null) => (iso ? <span className="cell-nowrap">{formatDateTime(iso)}</span> : <span className="muted">—</span>);

const youth = helper.accessor('youthName', { header: 'Jongere' });
const status = helper.accessor('status', { header: 'Status', cell: (info) => episodeStatusLabels[info.getValue()] });
const discovered = helper.accessor('discoveredAt', { header: 'Ontdekt op', cell: (info) => moment(info.getValue()) });
const returned = helper.accessor('returnedAt', { header: 'Terug op', cell: (info) => moment(info.getValue()) });
const foundWhere = helper.accessor('foundWhere', { header: 'Waar gevonden', cell: (info) => info.getValue() || <span className="muted">—</span> });

// Widened to one array type, so one table component takes either list.
export const episodeColumns: Record<'open' | 'youth', ColumnDef<typeof episodeTableFeatures, EpisodeSummary, any>[]> = {
  /** The open episodes of every youth the user may see ("Vermissingen"). */
  open: helper.columns([youth, status, discovered, returned]),
  /** One youth's episodes in the file: when, where found, how it stands. */
  youth: helper.columns([discovered, returned, foundWhere, status]),
};

/** What the "Openen" button reads out, so a list of them is not a list of the same word. */
export function episodeName(episode: EpisodeSummary): string {
  return `vermissing van ${episode.youthName}, ontdekt op ${formatDateTime(episode.discoveredAt)}`;
}
