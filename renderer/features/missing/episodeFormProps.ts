import type { EpisodePanelProps } from './episodePanel';

/** What each small form of a tab gets: the tab's props, with its own dirty flag. */
export type EpisodeFormProps = Pick<EpisodePanelProps, 'view' | 'onViewChange' | 'onDirtyChange' | 'announce'>;
