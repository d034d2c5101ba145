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
  type HelpPlanRecord,
  type Outcome,
  type ReportRecord,
  type StoredDecision,
} from '../../../preload/contract';
import { fieldTable, grid, listSection, subheading, type Field, type PacketSection } from '../../packet/packetBlocks';
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
    ...conflictOfDutiesBlock(decision.answers),
  ];
}

/** The six written answers as they stood when the decision was confirmed, where any was written. */
function conflictOfDutiesBlock(answers: CaseDecisionAnswers | null): Content[] {
  const written = answers ? (Object.entries(answers.conflictOfDuties) as [ConflictOfDutiesQuestion, string][]).filter(([, answer]) => answer.trim() !== '') : [];
  if (written.length === 0) return [];
  return [{ text: 'Conflict van plichten, bij dit besluit:', style: 'label', margin: [0, 0, 0, 2] }, fieldTable(written.map(([key, answer]) => [conflictOfDutiesQuestions[key], answer]), 200)];
}

/** Every confirmed decision, oldest first, so a later follow-up decision reads after the first. */
export function decisionsSection(decisions: readonly StoredDecision[]): PacketSection {
  return listSection('Stap 5 · Besluiten', [...decisions].reverse().flatMap(decisionBlock));
}

/** A 5a or 5b record names the decision it follows through; a correction is a later record, the earlier one stays. */
function recordHeading(record: HelpPlanRecord | ReportRecord, decisions: readonly StoredDecision[]): Content {
  const decision = decisions.find((candidate) => candidate.id === record.decisionId);
  return subheading(`Vastgelegd ${formatInstant(record.recordedAt)} door ${record.recordedByName}, bij het besluit van ${decision ? formatInstant(decision.decidedAt) : 'onbekende datum'}`);
}

function followUpsBlock(followUps: readonly FollowUp[]): Content[] {
  if (followUps.length === 0) return [];
  const rows = followUps.map((followUp) => [formatDay(followUp.heldOn), followUp.helpEffective ? 'Ja' : 'Nee', followUp.note, `${followUp.recordedByName}, ${formatInstant(followUp.recordedAt)}`]);
  return [subheading('Vervolgmomenten'), grid(['Datum', 'Hulp brengt veiligheid', 'Toelichting', 'Vastgelegd'], rows, [52, 60, '*', 120])];
}

const helpPlanFields = (helpPlan: CaseHelpPlan): Field[] => [
  ['Hulp', helpPlan.help],
  ['Geboden door', helpPlan.providedBy],
  ['Vervolgdata', helpPlan.followUpDates.map(formatDay).join(', ')],
  ['Jongere geïnformeerd', informedText(helpPlan.youthInformed)],
  ['Waarom niet geïnformeerd', helpPlan.whyNotInformed],
];

const reportFields = (report: CaseReport): Field[] => [
  ['Gemeld bij', report.channel === '' ? '' : reportChannelLabels[report.channel]],
  ['Datum', formatDay(report.reportedOn)],
  ['Gemeld door', report.reportedBy],
  ['Toestemming', consentAnswerLabels[report.consent]],
  ['Jongere geïnformeerd', informedText(report.youthInformed)],
  ['Waarom niet geïnformeerd', report.whyNotInformed],
  ['Kenmerk', report.reference],
  ['Toelichting', report.note],
];

/** Every 5a record in the order it was made, then the monitoring moments. */
export function helpPlanSection(history: readonly HelpPlanRecord[], decisions: readonly StoredDecision[], followUps: readonly FollowUp[]): PacketSection {
  const records = history.flatMap((record) => [recordHeading(record, decisions), fieldTable(helpPlanFields(record.value))]);
  return listSection('Stap 5a · Hulp en volgen', [...records, ...followUpsBlock(followUps)]);
}

export function reportSection(history: readonly ReportRecord[], decisions: readonly StoredDecision[]): PacketSection {
  return listSection(
    'Stap 5b · Melding',
    history.flatMap((record) => [recordHeading(record, decisions), fieldTable(reportFields(record.value))]),
  );
}
