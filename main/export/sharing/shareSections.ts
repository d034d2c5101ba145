import { caseBlockLabel, caseStatusLabels, shareSectionLabels, signalDirectionLabels, signalSourceTypeLabels, suspicionKindLabels, type CaseLogEntry, type MeldcodeCase, type ShareSection, type SignalKind, type SignalView } from '../../../preload/contract';
import { fieldsSection, grid, listSection, subheading, type PacketSection } from '../../packet/packetBlocks';
import { formatDay, formatInstant, formatInstantShort } from '../../packet/packetFormat';
import { policeNetwork } from '../../packet/policeNetwork';
import { otherNetworkSection, personsOfConcernSection, placesSection } from '../../packet/packetSections/networkSections';
import { previousEpisodesSection } from '../../packet/packetSections/episodeSections';
import { portraitBlock } from '../../packet/packetSections/portraitBlock';
import { descriptionSection, marksSection, personalSection } from '../../packet/packetSections/youthSections';
import { consultationsSection, conversationSection, weighingSection } from '../meldcodeSections/caseStepSections';
import { decisionsSection, helpPlanSection, reportSection } from '../meldcodeSections/decisionSections';
import type { ShareData } from './shareData';

/** Several blocks under one heading, each keeping its own heading as a subheading. */
function combined(heading: string, parts: readonly PacketSection[]): PacketSection {
  return { heading, filled: parts.some((part) => part.filled), body: parts.flatMap((part) => [subheading(part.heading), ...part.body]) };
}

/** The signal as it now reads (a corrected one only as its correction): the catalogue text or the free text, then its description on a line of its own. */
function signalText(signal: SignalView): string {
  const what = signal.catalogueItem?.text ?? signal.freeText;
  return `${what}${signal.description === '' || signal.description === what ? '' : `\n${signal.description}`}`;
}

/** The signals of one kind, oldest first: a report keeps facts and interpretations in separate sections. */
function signalsOfKind(heading: string, signals: readonly SignalView[], kind: SignalKind): PacketSection {
  const rows = signals
    .filter((signal) => signal.kind === kind)
    .map((signal) => [formatDay(signal.date), signalSourceTypeLabels[signal.sourceType], signalDirectionLabels[signal.direction], signalText(signal)]);
  return listSection(heading, rows.length > 0 ? [grid(['Datum', 'Bron', 'Richting', 'Signaal'], rows, [52, 70, 80, '*'])] : []);
}

function caseLogSection(heading: string, log: readonly CaseLogEntry[]): PacketSection {
  const rows = log.map((entry) => [formatInstantShort(entry.at), entry.byName, entry.step === null ? '–' : String(entry.step), entry.text]);
  return listSection(heading, rows.length === 0 ? [] : [grid(['Wanneer', 'Wie', 'Stap', 'Wat'], rows, [80, 80, 24, '*'])]);
}

/** What the export is about when it names a meldcode case: printed above the chosen sections. */
export function caseHeadingSection(meldcodeCase: MeldcodeCase): PacketSection {
  return fieldsSection(caseBlockLabel, [
    ['Vermoeden', suspicionKindLabels[meldcodeCase.suspicion]],
    ['Omschrijving', meldcodeCase.title],
    ['Status', caseStatusLabels[meldcodeCase.status]],
    ['Geopend', `${formatInstant(meldcodeCase.openedAt)} door ${meldcodeCase.openedByName}`],
    ...(meldcodeCase.closedAt === null ? [] : ([['Afgesloten', `${formatInstant(meldcodeCase.closedAt)} door ${meldcodeCase.closedByName ?? 'onbekend'}`]] as const)),
  ]);
}

const noCase = (heading: string): PacketSection => ({ heading, filled: false, body: [{ text: 'Geen meldcodecasus gekozen.', style: 'empty' }] });

/** One chosen section under its wizard label, so the PDF's headings and the register's list agree. */
export function shareSection(id: ShareSection, data: ShareData): PacketSection {
  const heading = shareSectionLabels[id];
  const { meldcodeCase: kase } = data;
  const withCase = (build: (meldcodeCase: MeldcodeCase) => PacketSection) => (kase === null ? noCase(heading) : build(kase));
  switch (id) {
    case 'personalia':
      return { ...personalSection({ youth: data.youth, profile: data.profile, printedAt: data.madeAt }), heading };
    case 'description':
      return combined(heading, [descriptionSection(data.profile), marksSection(data.profile)]);
    case 'photo':
      return { heading, filled: data.portrait !== null, body: portraitBlock({ portrait: data.portrait, printedAt: data.madeAt }, 'embed') };
    case 'facts':
      return signalsOfKind(heading, data.signals, 'fact');
    case 'events':
      return signalsOfKind(heading, data.signals, 'event');
    case 'observations':
      return signalsOfKind(heading, data.signals, 'observation');
    case 'interpretations':
      return signalsOfKind(heading, data.signals, 'interpretation');
    case 'gutFeelings':
      return signalsOfKind(heading, data.signals, 'gutFeeling');
    case 'missingEpisodes':
      return { ...previousEpisodesSection(data.episodes), heading };
    case 'network': {
      const sorted = policeNetwork(data.network);
      return combined(heading, [personsOfConcernSection(sorted.personsOfConcern), placesSection(sorted.places), otherNetworkSection(sorted, data.network, data.template === 'policeReport' ? 'voor de politie' : 'om te delen')]);
    }
    case 'meldcodeSteps':
      return withCase((meldcodeCase) => combined(heading, [consultationsSection(meldcodeCase.consultations), conversationSection(meldcodeCase.conversation)]));
    case 'weighing':
      return withCase((meldcodeCase) => ({ ...weighingSection(meldcodeCase.weighing, meldcodeCase.conversation?.interpretation ?? ''), heading }));
    case 'decision':
      return withCase((meldcodeCase) => ({ ...decisionsSection(meldcodeCase.decisions), heading }));
    case 'followThrough':
      return withCase((meldcodeCase) =>
        combined(heading, [helpPlanSection(meldcodeCase.helpPlanHistory, meldcodeCase.decisions, meldcodeCase.followUps), reportSection(meldcodeCase.reportHistory, meldcodeCase.decisions)]),
      );
    case 'caseLog':
      return withCase((meldcodeCase) => caseLogSection(heading, meldcodeCase.log));
  }
}
