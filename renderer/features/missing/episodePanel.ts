import type { EpisodeView, SessionUser } from '../../../preload/contract';

/** What every tab of the episode screen receives (EpisodePage.tsx renders one per part). */
export interface EpisodePanelProps {
  view: EpisodeView;
  user: SessionUser;
  /** A save returned the newer view: the page shows it everywhere. */
  onViewChange: (view: EpisodeView) => void;
  /** The tab has typed input that is not saved yet (the page guards leaving). */
  onDirtyChange: (dirty: boolean) => void;
  /** Read out in the page's live region, e.g. "Terugkeer opgeslagen". */
  announce: (message: string) => void;
}
