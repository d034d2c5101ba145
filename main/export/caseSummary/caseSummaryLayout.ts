import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { caseStatusLabels, legalGroundLabels, suspicionKindLabels, type CaseLogEntry } from '../../../preload/contract';
import { fieldsSection, grid, listSection, sectionContent, type PacketSection } from '../../packet/packetBlocks';
import { formatInstant, formatInstantShort } from '../../packet/packetFormat';
import { confidentialDocument } from '../confidentialDocument';
import type { CaseSummaryData } from './caseSummaryData';
import { consultationsSection, conversationSection, signalsSection, weighingSection } from './caseStepSections';
import { decisionsSection, helpPlanSection, reportSection } from './decisionSections';

export interface CaseSummaryLayout {
  definition: TDocumentDefinitions;
  /** The headings that hold data, for the disclosure record. */
  categories: string[];
}

function caseSection({ meldcodeCase, youth }: CaseSummaryData): PacketSection {
  return fieldsSection('Casus', [
    ['Jongere', youth.name],
    ['Leeftijd', youth.age === null ? '' : `${youth.age} jaar`],
    ['Vermoeden', suspicionKindLabels[meldcodeCase.suspicion]],
    ['Omschrijving', meldcodeCase.title],
    ['Status', caseStatusLabels[meldcodeCase.status]],
    ['Geopend', `${formatInstant(meldcodeCase.openedAt)} door ${meldcodeCase.openedByName}`],
    ...(meldcodeCase.closedAt === null ? [] : ([['Afgesloten', `${formatInstant(meldcodeCase.closedAt)} door ${meldcodeCase.closedByName ?? 'onbekend'}`], ['Reden van afsluiten', meldcodeCase.closeReason]] as const)),
  ]);
}

function disclosureSection({ disclosure, printedAt, printedBy }: CaseSummaryData): PacketSection {
  return fieldsSection('Verstrekking', [
    ['Ontvanger', disclosure.recipient],
    ['Doel', disclosure.purpose],
    ['Grondslag', legalGroundLabels[disclosure.legalGround]],
    ['Gemaakt', `${formatInstant(printedAt)} door ${printedBy}`],
  ]);
}

function caseLogSection(log: readonly CaseLogEntry[]): PacketSection {
  const rows = log.map((entry) => [formatInstantShort(entry.at), entry.byName, entry.step === null ? '–' : String(entry.step), entry.text]);
  return listSection('Dossierlog', rows.length === 0 ? [] : [grid(['Wanneer', 'Wie', 'Stap', 'Wat'], rows, [80, 80, 24, '*'])]);
}

/**
 * The case summary: the case and its five steps as recorded, the decisions with their trace, and
 * the full case log. Every page names the recipient, the date and the legal ground, so a page
 * that strays still says it may go no further. Pure: the same data gives the same document.
 */
export function caseSummaryLayout(data: CaseSummaryData): CaseSummaryLayout {
  const { meldcodeCase } = data;
  const sections: PacketSection[] = [
    caseSection(data),
    signalsSection(data.signals, meldcodeCase.signals.note),
    consultationsSection(meldcodeCase.consultations),
    conversationSection(meldcodeCase.conversation),
    weighingSection(meldcodeCase.weighing),
    decisionsSection(meldcodeCase.decisions),
    helpPlanSection(meldcodeCase.helpPlanHistory, meldcodeCase.decisions, meldcodeCase.followUps),
    reportSection(meldcodeCase.reportHistory, meldcodeCase.decisions),
    caseLogSection(meldcodeCase.log),
  ];
  const content: Content[] = [{ text: `Casussamenvatting meldcode: ${data.youth.name}`, style: 'title' }, sectionContent(disclosureSection(data)), ...sections.map(sectionContent)];
  return {
    definition: confidentialDocument({
      kind: 'Casussamenvatting meldcode',
      about: data.youth.name,
      recipient: data.disclosure.recipient,
      legalGround: data.disclosure.legalGround,
      madeAt: data.printedAt,
      content,
    }),
    categories: sections.filter((section) => section.filled).map((section) => section.heading),
  };
}
