import type { Content } from 'pdfmake/interfaces';
import {
  conflictOfDutiesQuestions,
  consentAnswerLabels,
  meldcodeOutcomeLabels,
  meldcodeQuestions,
  reportChannelLabels,
  type CaseDecisionAnswers,
  type CaseHelpPlan,
  type CaseReport,
  type ConflictOfDutiesQuestion,
  type FollowUp,
  type Outcome,
  type StoredDecision,
} from '../../../preload/contract';
import { fieldTable, fieldsSection, grid, listSection, notFilled, subheading, type Field, type PacketSection } from '../../packet/packetBlocks';
import { formatDay, formatInstant } from '../../packet/packetFormat';

const frameworkLabels = { minor: 'Minderjarig: meldcode met afwegingskader', adult: 'Volwassen (18+): beroepsgeheim' } as const;
const outcomesText = (outcomes: readonly Outcome[]) => outcomes.map((outcome) => meldcodeOutcomeLabels[outcome]).join('; ');
const informedText = (informed: '' | 'yes' | 'no') => (informed === '' ? '' : informed === 'yes' ? 'Ja' : 'Nee');

function countersignText(decision: StoredDecision): string {
  if (decision.countersignedAt !== null) return `${formatInstant(decision.countersignedAt)} door ${decision.countersignedByName ?? 'onbekend'}`;
  return decision.countersignRequired ? 'Vereist, nog niet medeondertekend' : 'Niet vereist';
}

/** One confirmed decision with the engine's trace: which answers led to it, under which rule set, signed by whom. */
function decisionBlock(decision: StoredDecision): Content[] {
  const deviated = decision.deviationReason !== '';
  const fields: Field[] = [
    ['Besluit', outcomesText(decision.chosenOutcomes)],
    ...(deviated ? ([['Uitkomst van de beslisregels', outcomesText(decision.computed.outcomes)], ['Reden van afwijken', decision.deviationReason]] as const) : []),
    ...(decision.computed.alsoConsider.length > 0 ? ([['Ook te overwegen', outcomesText(decision.computed.alsoConsider)]] as const) : []),
    ...(decision.computed.missing.length > 0 ? ([['Nog open', decision.computed.missing.map((key) => meldcodeQuestions[key]).join(' ')]] as const) : []),
    ['Kader', frameworkLabels[decision.computed.framework]],
    ['Versie beslisregels', decision.computed.ruleSetVersion],
    ['Bevestigd', `${formatInstant(decision.decidedAt)} door ${decision.confirmedByName}`],
    ['Medeondertekend', countersignText(decision)],
  ];
  return [
    subheading(`Besluit van ${formatInstant(decision.decidedAt)}`),
    fieldTable(fields),
    { text: 'Onderbouwing (zo kwamen de beslisregels tot hun uitkomst):', style: 'label', margin: [0, 0, 0, 2] },
    { ul: [...decision.computed.trace], margin: [0, 0, 0, 6] },
  ];
}

/** Every confirmed decision, oldest first, so a later follow-up decision reads after the first. */
export function decisionsSection(decisions: readonly StoredDecision[], answers: CaseDecisionAnswers | null): PacketSection {
  const conflict = answers ? (Object.entries(answers.conflictOfDuties) as [ConflictOfDutiesQuestion, string][]).filter(([, answer]) => answer.trim() !== '') : [];
  const conflictBlock: Content[] = conflict.length === 0 ? [] : [subheading('Conflict van plichten'), fieldTable(conflict.map(([key, answer]) => [conflictOfDutiesQuestions[key], answer]), 200)];
  const section = listSection('Stap 5 · Besluiten', [...decisions].reverse().flatMap(decisionBlock), conflictBlock);
  return { ...section, filled: section.filled || conflict.length > 0 };
}

function followUpsBlock(followUps: readonly FollowUp[]): Content[] {
  if (followUps.length === 0) return [];
  const rows = followUps.map((followUp) => [formatDay(followUp.heldOn), followUp.helpEffective ? 'Ja' : 'Nee', followUp.note, `${followUp.recordedByName}, ${formatInstant(followUp.recordedAt)}`]);
  return [subheading('Vervolgmomenten'), grid(['Datum', 'Hulp brengt veiligheid', 'Toelichting', 'Vastgelegd'], rows, [52, 60, '*', 120])];
}

export function helpPlanSection(helpPlan: CaseHelpPlan | null, followUps: readonly FollowUp[]): PacketSection {
  const heading = 'Stap 5a · Hulp en volgen';
  if (helpPlan === null) return { heading, filled: followUps.length > 0, body: [{ text: notFilled, style: 'empty' }, ...followUpsBlock(followUps)] };
  const section = fieldsSection(
    heading,
    [
      ['Hulp', helpPlan.help],
      ['Geboden door', helpPlan.providedBy],
      ['Vervolgdata', helpPlan.followUpDates.map(formatDay).join(', ')],
      ['Jongere geïnformeerd', informedText(helpPlan.youthInformed)],
      ['Waarom niet geïnformeerd', helpPlan.whyNotInformed],
    ],
    followUpsBlock(followUps),
  );
  return { ...section, filled: section.filled || followUps.length > 0 };
}

export function reportSection(report: CaseReport | null): PacketSection {
  const heading = 'Stap 5b · Melding';
  if (report === null) return { heading, filled: false, body: [{ text: notFilled, style: 'empty' }] };
  return fieldsSection(heading, [
    ['Gemeld bij', report.channel === '' ? '' : reportChannelLabels[report.channel]],
    ['Datum', formatDay(report.reportedOn)],
    ['Gemeld door', report.reportedBy],
    ['Toestemming', consentAnswerLabels[report.consent]],
    ['Jongere geïnformeerd', informedText(report.youthInformed)],
    ['Waarom niet geïnformeerd', report.whyNotInformed],
    ['Kenmerk', report.reference],
    ['Toelichting', report.note],
  ]);
}
