import type { Content } from 'pdfmake/interfaces';
import {
  consentAnswerLabels,
  consultantKindLabels,
  harmChanceLabels,
  meldcodeStepLabels,
  noConversationReasonLabels,
  severityLabels,
  weighingOutcomeLabels,
  weighingQuestions,
  type CaseConversation,
  type CaseWeighing,
  type Consultation,
  type WeighingQuestion,
} from '../../../preload/contract';
import { fieldTable, fieldsSection, listSection, notFilled, subheading, type PacketSection } from '../../packet/packetBlocks';
import { formatDay, formatInstant } from '../../packet/packetFormat';
import { answerText } from './answerText';

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

/** What was said and agreed; the staff's reading of the talk is an interpretation and prints with the weighing. */
export function conversationSection(conversation: CaseConversation | null): PacketSection {
  const heading = meldcodeStepLabels[3];
  if (conversation === null || conversation.held === null) return { heading, filled: false, body: [{ text: 'Nog niet besloten of het gesprek plaatsvindt.', style: 'empty' }] };
  if (conversation.held) {
    return fieldsSection(heading, [
      ['Gesprek gevoerd op', formatDay(conversation.heldOn)],
      ['Aanwezig', conversation.participants],
      ['Doel uitgelegd', conversation.purposeExplained ? 'Ja' : 'Nee'],
      ['Voorgelegde signalen', conversation.signalsPutForward],
      ['Reactie van de jongere', conversation.reaction],
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

/** The weighing, with the staff's reading of the conversation it rests on ('' when there was none). */
export function weighingSection(weighing: CaseWeighing | null, conversationReading: string): PacketSection {
  const heading = meldcodeStepLabels[4];
  if (weighing === null) return conversationReading === '' ? { heading, filled: false, body: [{ text: notFilled, style: 'empty' }] } : fieldsSection(heading, [['Interpretatie van het gesprek', conversationReading]]);
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
      ['Interpretatie van het gesprek', conversationReading],
    ],
    checklist,
  );
}
