import type { Content } from 'pdfmake/interfaces';
import {
  consentAnswerLabels,
  consultantKindLabels,
  harmChanceLabels,
  meldcodeStepLabels,
  noConversationReasonLabels,
  severityLabels,
  signalDirectionLabels,
  signalKindLabels,
  signalSourceTypeLabels,
  weighingOutcomeLabels,
  weighingQuestions,
  type CaseConversation,
  type CaseWeighing,
  type Consultation,
  type SignalView,
  type WeighingQuestion,
} from '../../../preload/contract';
import { fieldTable, fieldsSection, grid, listSection, notFilled, subheading, textBlock, type PacketSection } from '../../packet/packetBlocks';
import { formatDay, formatInstant } from '../../packet/packetFormat';
import { answerText } from './answerText';

/** The signal as recorded: the catalogue text or the free text, then its description on a line of its own. */
export function signalText(signal: SignalView): string {
  const what = signal.catalogueItem?.text ?? signal.freeText;
  const corrected = signal.supersededBy ? ` (gecorrigeerd op ${formatInstant(signal.supersededBy.recordedAt)})` : '';
  return `${what}${corrected}${signal.description === '' || signal.description === what ? '' : `\n${signal.description}`}`;
}

export function signalsSection(signals: readonly SignalView[], note: string): PacketSection {
  const rows = signals.map((signal) => [formatDay(signal.date), signalKindLabels[signal.kind], signalSourceTypeLabels[signal.sourceType], signalDirectionLabels[signal.direction], signalText(signal)]);
  const table = rows.length > 0 ? [grid(['Datum', 'Soort', 'Bron', 'Richting', 'Signaal'], rows, [52, 70, 65, 80, '*'])] : [];
  return { heading: meldcodeStepLabels[1], filled: rows.length > 0 || note !== '', body: [...(rows.length > 0 ? table : [{ text: 'Geen signalen gekoppeld.', style: 'empty' }]), ...(note === '' ? [] : [subheading('Toelichting'), textBlock(note)])] };
}

function consultationBlock(consultation: Consultation): Content[] {
  const anonymous = consultation.anonymous ? ', geanonimiseerd' : '';
  return [
    subheading(`${formatDay(consultation.heldOn)}: ${consultantKindLabels[consultation.consultantKind]}, ${consultation.withWhom}${anonymous}`),
    fieldTable([
      ['Vragen', consultation.questions],
      ['Advies', consultation.advice],
      ['Afspraken', consultation.agreements],
      ['Vastgelegd', `${formatInstant(consultation.recordedAt)} door ${consultation.recordedByName}`],
    ]),
  ];
}

export function consultationsSection(consultations: readonly Consultation[]): PacketSection {
  return listSection(meldcodeStepLabels[2], consultations.flatMap(consultationBlock));
}

/** `withInterpretation` false leaves out the staff's reading of the talk: an export shares facts, not interpretations. */
export function conversationSection(conversation: CaseConversation | null, withInterpretation = true): PacketSection {
  const heading = meldcodeStepLabels[3];
  if (conversation === null || conversation.held === null) return { heading, filled: false, body: [{ text: 'Nog niet besloten of het gesprek plaatsvindt.', style: 'empty' }] };
  if (conversation.held) {
    return fieldsSection(heading, [
      ['Gesprek gevoerd op', formatDay(conversation.heldOn)],
      ['Aanwezig', conversation.participants],
      ['Doel uitgelegd', conversation.purposeExplained ? 'Ja' : 'Nee'],
      ['Voorgelegde signalen', conversation.signalsPutForward],
      ['Reactie van de jongere', conversation.reaction],
      ...(withInterpretation ? ([['Interpretatie', conversation.interpretation]] as const) : []),
      ['Afspraken', conversation.agreements],
      ['Toestemming om anderen in te schakelen', consentAnswerLabels[conversation.consentToInvolve]],
    ]);
  }
  return fieldsSection(heading, [
    ['Gesprek', 'Niet gevoerd'],
    ['Redenen', conversation.notHeldReasons.map((reason) => noConversationReasonLabels[reason]).join('; ')],
    ['Toelichting', conversation.notHeldExplanation],
    ['Besloten met deskundige', conversation.expertConsulted],
    ['Besloten op', formatDay(conversation.decidedOn)],
  ]);
}

export function weighingSection(weighing: CaseWeighing | null): PacketSection {
  const heading = meldcodeStepLabels[4];
  if (weighing === null) return { heading, filled: false, body: [{ text: notFilled, style: 'empty' }] };
  const answered = (Object.entries(weighing.checklist) as [WeighingQuestion, string][]).filter(([, answer]) => answer.trim() !== '');
  const checklist: Content[] = answered.length === 0 ? [] : [subheading('Afwegingsvragen'), fieldTable(answered.map(([key, answer]) => [weighingQuestions[key], answer]), 200)];
  return fieldsSection(
    heading,
    [
      ['Aard van het risico', weighing.nature],
      ['Ernst', weighing.severity === '' ? '' : severityLabels[weighing.severity]],
      ['Kans op schade', weighing.chanceOfHarm === '' ? '' : harmChanceLabels[weighing.chanceOfHarm]],
      ['Acute onveiligheid', answerText(weighing.acuteUnsafety)],
      ['Structurele onveiligheid', answerText(weighing.structuralUnsafety)],
      ['Uitkomst', weighing.outcome === null ? '' : weighingOutcomeLabels[weighing.outcome]],
      ['Onderbouwing', weighing.explanation],
    ],
    checklist,
  );
}
