import type { CaseView, MeldcodeStep, SessionUser } from '../../../preload/contract';

/** What every tab of the case screen receives (CasePage.tsx renders one per step, and the log). */
export interface CasePanelProps {
  view: CaseView;
  user: SessionUser;
  /** A save returned the newer view: the page shows it everywhere. */
  onViewChange: (view: CaseView) => void;
  /** The tab has typed input that is not saved yet (the page guards leaving). */
  onDirtyChange: (dirty: boolean) => void;
  /** Read out in the page's live region, e.g. "Stap 3 opgeslagen.". */
  announce: (message: string) => void;
  /** Moves to another step's tab, e.g. from the decision to the weighing it still needs. */
  goToStep: (step: MeldcodeStep) => void;
}
