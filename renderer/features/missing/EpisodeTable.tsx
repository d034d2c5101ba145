import { useTable } from '@tanstack/react-table';
import type { EpisodeSummary } from '../../../preload/contract';
import { DataTable } from '../../components/DataTable';
import { episodeColumns, episodeName, episodeTableFeatures } from './episodeColumns';

interface EpisodeTableProps {
  episodes: EpisodeSummary[];
  /** Which columns: all open episodes, or one youth's. */
  columns: keyof typeof episodeColumns;
  label: string;
  onOpen: (episodeId: string) => void;
}

/** A list of episodes, each with a button that opens its screen. */
export function EpisodeTable({ episodes, columns, label, onOpen }: EpisodeTableProps) {
  const table = useTable({ features: episodeTableFeatures, columns: episodeColumns[columns], data: episodes, getRowId: (row) => row.id });
  return (
    <DataTable
      table={table}
      label={label}
      rowActions={(episode) => (
        <button type="button" className="button" onClick={() => onOpen(episode.id)}>
          Openen<span className="visually-hidden"> {episodeName(episode)}</span>
        </button>
      )}
    />
  );
}
