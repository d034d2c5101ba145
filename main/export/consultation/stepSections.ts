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
import { monthYear } from '../../domain/anonymise/monthYear';
import type { Redactor } from '../../domain/anonymise/redaction';
import { answerText } from '../meldcodeSections/answerText';
import { listedField, section, subheading, textField, type ConsultationParagraph, type ConsultationSection } from './consultationDocument';

/** Step 2: each earlier consultation's questions, advice and agreements; with whom only as the kind of expert. */
export function consultationsSection(redactor: Redactor, consultations: readonly Consultation[]): ConsultationSection {
  return section(
    meldcodeStepLabels[2],
    consultations.flatMap((consultation) => [
      subheading([monthYear(consultation.heldOn), consultantKindLabels[consultation.consultantKind]].filter((part) => part !== '').join(': ')),
      ...textField(redactor, 'Vragen', consultation.questions),
      ...textField(redactor, 'Advies', consultation.advice),
      ...textField(redactor, 'Afspraken', consultation.agreements),
    ]),
  );
}

function conversationParagraphs(redactor: Redactor, conversation: CaseConversation | null): ConsultationParagraph[] {
  if (conversation === null || conversation.held === null) return [];
  if (!conversation.held) {
    return [
      ...listedField('Gesprek', 'Niet gevoerd'),
      ...listedField('Redenen', conversation.notHeldReasons.map((reason) => noConversationReasonLabels[reason]).join('; ')),
      ...textField(redactor, 'Toelichting', conversation.notHeldExplanation),
      ...listedField('Besloten', monthYear(conversation.decidedOn)),
    ];
  }
  return [
    ...listedField('Gesprek gevoerd', monthYear(conversation.heldOn) || 'Ja'),
    ...listedField('Doel uitgelegd', conversation.purposeExplained ? 'Ja' : 'Nee'),
    ...textField(redactor, 'Voorgelegde signalen', conversation.signalsPutForward),
    ...textField(redactor, 'Reactie van de jongere', conversation.reaction),
    ...textField(redactor, 'Interpretatie', conversation.interpretation),
    ...textField(redactor, 'Afspraken', conversation.agreements),
    ...listedField('Toestemming om anderen in te schakelen', consentAnswerLabels[conversation.consentToInvolve]),
  ];
}

/** Step 3: the conversation with the youth, or why it was not held; who was there is left out. */
export function conversationSection(redactor: Redactor, conversation: CaseConversation | null): ConsultationSection {
  return section(meldcodeStepLabels[3], conversationParagraphs(redactor, conversation), 'Nog niet besloten of het gesprek plaatsvindt.');
}

/** Step 4: the weighing as recorded, with the checklist's answered questions. */
export function weighingSection(redactor: Redactor, weighing: CaseWeighing | null): ConsultationSection {
  if (weighing === null) return section(meldcodeStepLabels[4], []);
  const answered = (Object.entries(weighing.checklist) as [WeighingQuestion, string][]).filter(([, answer]) => answer.trim() !== '');
  return section(meldcodeStepLabels[4], [
    ...textField(redactor, 'Aard van het risico', weighing.nature),
    ...listedField('Ernst', weighing.severity === '' ? '' : severityLabels[weighing.severity]),
    ...listedField('Kans op schade', weighing.chanceOfHarm === '' ? '' : harmChanceLabels[weighing.chanceOfHarm]),
    ...listedField('Acute onveiligheid', answerText(weighing.acuteUnsafety)),
    ...listedField('Structurele onveiligheid', answerText(weighing.structuralUnsafety)),
    ...listedField('Uitkomst', weighing.outcome === null ? '' : weighingOutcomeLabels[weighing.outcome]),
    ...textField(redactor, 'Onderbouwing', weighing.explanation),
    ...(answered.length > 0 ? [subheading('Afwegingsvragen'), ...answered.flatMap(([key, answer]) => textField(redactor, weighingQuestions[key], answer))] : []),
  ]);
}
