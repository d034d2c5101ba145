import type { CaseView, MeldcodeCase, SignalView } from '../../../preload/contract';
import type { LegalGround } from '../../../preload/contract/disclosures';
import { dutchDay, yearsOld } from '../../packet/packetFormat';

/** To whom, why and on which ground the summary leaves: printed on every page and in the register. */
export interface CaseDisclosure {
  recipient: string;
  purpose: string;
  legalGround: LegalGround;
}

/**
 * What the case summary prints. Of the youth only the name and the age in years: the summary is
 * about the suspicion and how it was handled, so the birth date, BSN and the rest of the file
 * stay in the app (data minimisation, domain.md §6).
 */
export interface CaseSummaryData {
  printedAt: string;
  printedBy: string;
  youth: { name: string; age: number | null };
  meldcodeCase: MeldcodeCase;
  /** The signals step 1 links to the case, oldest first. */
  signals: SignalView[];
  disclosure: CaseDisclosure;
}

interface Gathered {
  view: CaseView;
  /** Every signal of the youth, as the signal list gives them (newest first). */
  youthSignals: readonly SignalView[];
  printedAt: string;
  printedBy: string;
  disclosure: CaseDisclosure;
}

/** The case screen's view cut down to what the summary prints. */
export function caseSummaryData({ view, youthSignals, printedAt, printedBy, disclosure }: Gathered): CaseSummaryData {
  const linked = new Set(view.case.signals.signalIds);
  return {
    printedAt,
    printedBy,
    youth: { name: view.youthName, age: yearsOld(view.dateOfBirth, dutchDay(printedAt)) },
    meldcodeCase: view.case,
    signals: youthSignals.filter((signal) => linked.has(signal.id)).reverse(),
    disclosure,
  };
}
