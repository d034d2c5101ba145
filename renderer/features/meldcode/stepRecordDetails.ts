import { reportChannelLabels, type MeldcodeCase } from '../../../preload/contract';
import type { StoredDetail } from '../../components/StoredDetails';
import { formatDutchDate } from '../youths/youthDates';

type HelpPlan = NonNullable<MeldcodeCase['helpPlan']>;
type Report = NonNullable<MeldcodeCase['report']>;

/** A 5a record in a few lines: beside the input after a colleague's save, and in the earlier records. */
export function helpPlanDetails(plan: HelpPlan): StoredDetail[] {
  return [
    { label: 'Hulp', text: plan.help },
    { label: 'Door', text: plan.providedBy },
    { label: 'Vervolgmomenten', text: plan.followUpDates.map(formatDutchDate).join(', ') },
  ];
}

/** A 5b record in a few lines. */
export function reportDetails(report: Report): StoredDetail[] {
  return [
    { label: 'Gemeld bij', text: report.channel ? reportChannelLabels[report.channel] : '' },
    { label: 'Datum', text: report.reportedOn ? formatDutchDate(report.reportedOn) : '' },
    { label: 'Door', text: report.reportedBy },
    { label: 'Kenmerk', text: report.reference },
  ];
}
