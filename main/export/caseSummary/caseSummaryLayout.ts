import type { Content, StyleDictionary, TDocumentDefinitions } from 'pdfmake/interfaces';
import { caseStatusLabels, legalGroundLabels, suspicionKindLabels, type CaseLogEntry } from '../../../preload/contract';
import { fieldsSection, grid, listSection, sectionContent, type PacketSection } from '../../packet/packetBlocks';
import { formatDay, formatInstant, formatInstantShort, dutchDay } from '../../packet/packetFormat';
import type { CaseSummaryData } from './caseSummaryData';
import { consultationsSection, conversationSection, signalsSection, weighingSection } from './caseStepSections';
import { decisionsSection, helpPlanSection, reportSection } from './decisionSections';

export interface CaseSummaryLayout {
  definition: TDocumentDefinitions;
  /** The headings that hold data, for the disclosure record. */
  categories: string[];
}

/** The footer's fixed words: the recipient may use the summary for the stated purpose only. */
export const confidentialityNotice = 'Vertrouwelijk — niet verder verstrekken';

const styles: StyleDictionary = {
  title: { fontSize: 16, bold: true },
  heading: { fontSize: 12, bold: true, margin: [0, 10, 0, 4] },
  subheading: { fontSize: 10, bold: true, margin: [0, 4, 0, 2] },
  label: { bold: true, color: '#333333' },
  empty: { color: '#666666' },
  pageEdge: { fontSize: 8, color: '#333333' },
};

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
  const disclosed = `Verstrekt aan ${data.disclosure.recipient} op ${formatDay(dutchDay(data.printedAt))}, grondslag: ${legalGroundLabels[data.disclosure.legalGround]}.`;
  const content: Content[] = [{ text: `Casussamenvatting meldcode: ${data.youth.name}`, style: 'title' }, sectionContent(disclosureSection(data)), ...sections.map(sectionContent)];
  return {
    definition: {
      pageSize: 'A4',
      pageMargins: [40, 50, 40, 60],
      info: { title: `Casussamenvatting meldcode ${data.youth.name}`, subject: confidentialityNotice, creator: 'Waakzaam', producer: 'Waakzaam', creationDate: new Date(data.printedAt) },
      header: () => ({
        columns: [{ text: 'Casussamenvatting meldcode', bold: true }, { text: data.youth.name, alignment: 'right', bold: true }],
        style: 'pageEdge',
        margin: [40, 25, 40, 0],
      }),
      footer: (currentPage, pageCount) => ({
        columns: [
          { stack: [{ text: `${confidentialityNotice}.`, bold: true }, { text: disclosed }] },
          { text: `Pagina ${currentPage} van ${pageCount}`, alignment: 'right', width: 90 },
        ],
        style: 'pageEdge',
        margin: [40, 15, 40, 0],
      }),
      content,
      styles,
      defaultStyle: { font: 'Roboto', fontSize: 9.5, lineHeight: 1.15 },
    },
    categories: sections.filter((section) => section.filled).map((section) => section.heading),
  };
}
