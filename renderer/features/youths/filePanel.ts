import type { SessionUser, YouthFile } from '../../../preload/contract';

/** What every part of a youth's file (profile, photos, plan, network) gets from the file page. */
export interface FilePanelProps {
  file: YouthFile;
  user: SessionUser;
  /** Puts saved data back into the loaded file, e.g. `{ photos }` after an import. */
  onFileChange: (patch: Partial<YouthFile>) => void;
  /** True while the panel holds input that is not saved: the page then guards leaving it. */
  onDirtyChange: (dirty: boolean) => void;
  /** A short message for the page's status line (a live region). */
  announce: (message: string) => void;
  /** Leaves the file for one of the youth's missing episodes (asking first about unsaved input). */
  openEpisode: (episodeId: string) => void;
  /** Leaves the file for one of the youth's meldcode cases (asking first about unsaved input). */
  openCase: (caseId: string) => void;
  /** This part's tab is the one shown: a part whose reading main logs can wait until it is opened. */
  shown: boolean;
}
