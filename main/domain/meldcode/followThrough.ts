import type { MeldcodeCase, ReportChannel, StoredDecision } from '../../../preload/contract';
import { reportOutcomes } from '../../../preload/contract/meldcodeCase';
import { holdsReport } from './countersignNeeded';

type Decision = Pick<StoredDecision, 'chosenOutcomes'> & { input: Pick<StoredDecision['input'], 'consentToReport'> };

/** The channels a decision's reports may go to; with the adult's consent the zorgcoördinator may take the report too. */
function channelsOf(decision: Decision): ReportChannel[] {
  const reports = decision.chosenOutcomes.filter((outcome): outcome is Exclude<ReportChannel, 'zorgcoordinator'> => reportOutcomes.includes(outcome));
  return reports.length > 0 && decision.input.consentToReport === true ? [...reports, 'zorgcoordinator'] : reports;
}

export const followThroughMessages = {
  noDecisionYet: 'Er is nog geen besluit bevestigd. Bevestig eerst het besluit; daarna leg je het hulpplan of de melding vast.',
  noOwnHelp: 'Het nieuwste besluit vraagt geen eigen hulp, dus hoort er geen hulpplan (5a) bij. Wijkt de situatie af, neem dan eerst een nieuw besluit.',
  noReport: 'Het nieuwste besluit vraagt geen melding, dus hoort er geen melding (5b) bij. Wijkt de situatie af, neem dan eerst een nieuw besluit.',
  otherChannel: (allowed: string) => `Het nieuwste besluit vraagt een melding bij ${allowed}. Kies dat kanaal, of neem eerst een nieuw besluit.`,
} as const;

/**
 * Why a 5a or 5b record does not fit the newest decision, naming the form field; null when it
 * fits. `channelLabels` names the channels in the message.
 */
export function stepRecordRefusal(
  newest: Decision | undefined,
  request: { part: 'helpPlan' } | { part: 'report'; channel: ReportChannel | '' },
  channelLabels: Record<ReportChannel, string>,
): { field: string; message: string } | null {
  if (newest === undefined) return { field: 'value', message: followThroughMessages.noDecisionYet };
  if (request.part === 'helpPlan') return newest.chosenOutcomes.includes('own-help') ? null : { field: 'value.help', message: followThroughMessages.noOwnHelp };
  const allowed = channelsOf(newest);
  if (allowed.length === 0) return { field: 'value.channel', message: followThroughMessages.noReport };
  if (request.channel !== '' && allowed.includes(request.channel)) return null;
  return { field: 'value.channel', message: followThroughMessages.otherChannel(allowed.map((channel) => channelLabels[channel]).join(' of ')) };
}

/** What the newest decision still waits for before the case may close; null when nothing. */
export type MissingFollowThrough = 'countersignature' | 'helpPlan' | 'report';

/**
 * Closing would strand a decision that still waits for its second signature, or whose own help or
 * report is not yet recorded. A decision that closes as unfounded asks for no 5a or 5b.
 */
export function followThroughMissing(meldcodeCase: Pick<MeldcodeCase, 'decisions' | 'helpPlan' | 'report'>): MissingFollowThrough | null {
  const newest = meldcodeCase.decisions[0];
  if (newest === undefined) return null;
  if (newest.countersignRequired && newest.countersignedAt === null) return 'countersignature';
  if (newest.chosenOutcomes.includes('close-unfounded')) return null;
  if (newest.chosenOutcomes.includes('own-help') && meldcodeCase.helpPlan === null) return 'helpPlan';
  if (holdsReport(newest.chosenOutcomes) && meldcodeCase.report === null) return 'report';
  return null;
}
