import {
  consultantKindLabels,
  meldcodeOutcomeLabels,
  reportChannelLabels,
  suspicionKindLabels,
  type CaseConversation,
  type CaseDecisionAnswers,
  type CaseHelpPlan,
  type CasePart,
  type CaseReport,
  type CaseSignals,
  type CaseWeighing,
  type MeldcodeStep,
  type NewConsultation,
  type NewFollowUp,
  type Outcome,
  type SuspicionKind,
} from '../../../preload/contract';
import { localTodayIso } from '../../../preload/contract/isoDate';
import { longDutchDate } from '../dates/longDutchDate';

/** One line of the case log: the step it belongs to (null for opening and closing) and its sentence. */
export interface CaseLogLine {
  step: MeldcodeStep | null;
  text: string;
}

interface PartValues {
  signals: CaseSignals;
  conversation: CaseConversation;
  weighing: CaseWeighing;
  decisionAnswers: CaseDecisionAnswers;
  helpPlan: CaseHelpPlan;
  report: CaseReport;
}

/** How the log names each part's fields, so an entry says what changed (never what it says now). */
const fieldLabels: { [Part in CasePart]: Record<keyof PartValues[Part], string> } = {
  signals: { signalIds: 'gekoppelde signalen', note: 'toelichting' },
  conversation: {
    held: 'of het gesprek plaatsvindt',
    heldOn: 'datum van het gesprek',
    participants: 'deelnemers',
    purposeExplained: 'doel uitgelegd',
    signalsPutForward: 'voorgelegde signalen',
    reaction: 'reactie van de jongere',
    interpretation: 'interpretatie',
    agreements: 'afspraken en vervolgstappen',
    consentToInvolve: 'toestemming om anderen in te schakelen',
    notHeldReasons: 'redenen om het gesprek niet te voeren',
    notHeldExplanation: 'toelichting op het niet voeren',
    expertConsulted: 'geraadpleegde deskundige',
    decidedOn: 'datum van dat besluit',
  },
  weighing: {
    checklist: 'vragenlijst',
    nature: 'aard van het risico',
    severity: 'ernst',
    chanceOfHarm: 'kans op (verdere) schade',
    acuteUnsafety: 'acute onveiligheid',
    structuralUnsafety: 'structurele onveiligheid',
    outcome: 'uitkomst',
    explanation: 'onderbouwing',
  },
  decisionAnswers: {
    ownHelpPossible: 'eigen hulp mogelijk',
    helpAccepted: 'hulp aanvaard',
    riskAvertableByOwnHelp: 'risico af te wenden met eigen hulp',
    seriousDanger: 'ernstig gevaar',
    realChanceOfHarm: 'reële kans op schade',
    consentToReport: 'toestemming om te melden',
    wantsAnonymity: 'anoniem melden',
    conflictOfDuties: 'vragen over het conflict van plichten',
  },
  helpPlan: {
    help: 'hulp',
    providedBy: 'wie de hulp biedt',
    followUpDates: 'vervolgmomenten',
    youthInformed: 'jongere geïnformeerd',
    whyNotInformed: 'reden om de jongere niet te informeren',
  },
  report: {
    channel: 'waar gemeld',
    reportedOn: 'datum van de melding',
    reportedBy: 'wie meldde',
    consent: 'toestemming',
    youthInformed: 'jongere geïnformeerd',
    whyNotInformed: 'reden om de jongere niet te informeren',
    reference: 'kenmerk',
    note: 'toelichting',
  },
};

const partNames: Record<CasePart, { step: MeldcodeStep; name: string }> = {
  signals: { step: 1, name: 'Signalen' },
  conversation: { step: 3, name: 'Gesprek met de jongere' },
  weighing: { step: 4, name: 'Weging' },
  decisionAnswers: { step: 5, name: 'Antwoorden voor het besluit' },
  helpPlan: { step: 5, name: 'Hulpplan (5a)' },
  report: { step: 5, name: 'Melding (5b)' },
};

const outcomeList = (outcomes: readonly Outcome[]) => outcomes.map((outcome) => meldcodeOutcomeLabels[outcome]).join('; ') || 'geen uitkomst';
/** The user's own words end the sentence: a full stop only where they left it out. */
const asSentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The gist of a first 5a or 5b record, in words. */
function recordSummary(part: 'helpPlan' | 'report', value: CaseHelpPlan | CaseReport): string {
  if (part === 'helpPlan') {
    const plan = value as CaseHelpPlan;
    const dates = plan.followUpDates.map((date) => longDutchDate(date)).join(', ');
    return `hulp${plan.providedBy === '' ? '' : ` door ${plan.providedBy}`}, ${plural(plan.followUpDates.length, 'vervolgmoment', 'vervolgmomenten')}${dates === '' ? '' : ` (${dates})`}`;
  }
  const made = value as CaseReport;
  const channel = made.channel === '' ? 'onbekend kanaal' : reportChannelLabels[made.channel];
  return `gemeld bij ${channel} op ${longDutchDate(made.reportedOn)} door ${made.reportedBy}${made.reference === '' ? '' : `, kenmerk ${made.reference}`}`;
}

export const caseLogText = {
  opened: (suspicion: SuspicionKind, title: string, signalCount: number): CaseLogLine => ({
    step: null,
    text: `Casus geopend: “${title}” (${suspicionKindLabels[suspicion]}), met ${plural(signalCount, 'signaal', 'signalen')}.`,
  }),

  /** Names the fields that differ from what was stored before (every field for a first save). */
  partSaved: <Part extends CasePart>(part: Part, before: PartValues[Part] | null, after: PartValues[Part]): CaseLogLine => {
    const labels = fieldLabels[part] as Record<string, string>;
    const changed = Object.keys(labels).filter(
      (field) => before === null || JSON.stringify((before as Record<string, unknown>)[field]) !== JSON.stringify((after as Record<string, unknown>)[field]),
    );
    const { step, name } = partNames[part];
    return { step, text: changed.length === 0 ? `${name} opgeslagen, zonder wijzigingen.` : `${name} opgeslagen; gewijzigd: ${changed.map((field) => labels[field]).join(', ')}.` };
  },

  /** A 5a or 5b record: what was recorded, or for a correction which fields differ from the record it follows. */
  stepRecorded: <Part extends 'helpPlan' | 'report'>(part: Part, previous: PartValues[Part] | null, value: PartValues[Part], decidedAt: string): CaseLogLine => {
    const { name } = partNames[part];
    const decision = `het besluit van ${longDutchDate(localTodayIso(new Date(decidedAt)))}`;
    if (previous !== null) {
      const labels = fieldLabels[part] as Record<string, string>;
      const changed = Object.keys(labels).filter((field) => JSON.stringify((previous as Record<string, unknown>)[field]) !== JSON.stringify((value as Record<string, unknown>)[field]));
      const what = changed.length === 0 ? 'zonder wijzigingen' : `gewijzigd: ${changed.map((field) => labels[field]).join(', ')}`;
      return { step: 5, text: `${name} opnieuw vastgelegd bij ${decision} (de vorige vastlegging blijft bewaard); ${what}.` };
    }
    return { step: 5, text: `${name} vastgelegd bij ${decision}: ${recordSummary(part, value)}.` };
  },

  consultation: (consultation: Pick<NewConsultation, 'heldOn' | 'consultantKind' | 'withWhom' | 'anonymous'>): CaseLogLine => ({
    step: 2,
    text: `Consultatie van ${longDutchDate(consultation.heldOn)} vastgelegd, met ${consultation.withWhom} (${consultantKindLabels[consultation.consultantKind]}), ${consultation.anonymous ? 'geanonimiseerd' : 'niet anoniem'}.`,
  }),

  followUp: (followUp: Pick<NewFollowUp, 'heldOn' | 'helpEffective'>): CaseLogLine => ({
    step: 5,
    text: `Vervolgmoment van ${longDutchDate(followUp.heldOn)} vastgelegd: de hulp brengt ${followUp.helpEffective ? 'binnen de afgesproken tijd de nodige veiligheid' : 'niet binnen de afgesproken tijd de nodige veiligheid'}.`,
  }),

  decision: (decision: { chosenOutcomes: readonly Outcome[]; computedOutcomes: readonly Outcome[]; deviationReason: string; ruleSetVersion: string; countersignRequired: boolean }): CaseLogLine => {
    const parts = [`Besluit bevestigd: ${outcomeList(decision.chosenOutcomes)} (regels ${decision.ruleSetVersion}).`];
    if (decision.deviationReason !== '') parts.push(asSentence(`Afgeweken van de uitkomst (${outcomeList(decision.computedOutcomes)}): reden: ${decision.deviationReason}`));
    if (decision.countersignRequired) parts.push('Wacht op een tweede handtekening.');
    return { step: 5, text: parts.join(' ') };
  },

  countersigned: (decidedAt: string, confirmedByName: string): CaseLogLine => ({
    step: 5,
    text: `Besluit van ${longDutchDate(localTodayIso(new Date(decidedAt)))}, bevestigd door ${confirmedByName}, medeondertekend.`,
  }),

  closed: (reason: string): CaseLogLine => ({ step: null, text: asSentence(`Casus gesloten. Reden: ${reason}`) }),
};
