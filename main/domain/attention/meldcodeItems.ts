import type { AttentionItem, OpenCaseFacts } from '../../../preload/contract/attention';
import { localTodayIso } from '../../../preload/contract/isoDate';

/** A follow-up date shows this many days before it comes. */
export const followUpNoticeDays = 3;

/** What the meldcode reminders need besides the case: today on this PC's calendar and the idle setting. */
export interface MeldcodeClock {
  today: string;
  meldcodeIdleDays: number;
}

type Youth = Pick<AttentionItem, 'youthId' | 'youthName'>;

const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;
const isIsoDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(dayNumber(value));

/**
 * The earliest monitoring date of the help plan with no follow-up recorded on or after it: one
 * follow-up answers every date up to its own.
 */
function followUpDue(openCase: OpenCaseFacts, today: string): Pick<AttentionItem, 'date' | 'urgency'> | undefined {
  const covered = openCase.newestFollowUpOn;
  const pending = openCase.followUpDates.filter((date) => isIsoDate(date) && (covered === null || date > covered)).sort()[0];
  if (pending === undefined || dayNumber(pending) - dayNumber(today) > followUpNoticeDays) return undefined;
  // The day itself is not late yet: it is listed with what is coming up.
  return { date: pending, urgency: pending < today ? 'overdue' : 'soon' };
}

/** The reminders of one open meldcode case (domain.md §7); dates are calendar days. */
export function meldcodeItems(youth: Youth, openCase: OpenCaseFacts, clock: MeldcodeClock): AttentionItem[] {
  const item = (kind: AttentionItem['kind'], date: string, urgency: AttentionItem['urgency']): AttentionItem => ({ ...youth, kind, date, episodeId: null, caseId: openCase.caseId, urgency });
  const items: AttentionItem[] = [];
  const due = followUpDue(openCase, clock.today);
  if (due?.date) items.push(item('meldcodeFollowUpDue', due.date, due.urgency));
  const lastActive = localTodayIso(new Date(openCase.lastActivityAt));
  if (dayNumber(clock.today) - dayNumber(lastActive) > clock.meldcodeIdleDays) items.push(item('meldcodeCaseIdle', lastActive, 'overdue'));
  if (openCase.countersignDueSince !== null) items.push(item('meldcodeCountersignDue', localTodayIso(new Date(openCase.countersignDueSince)), 'overdue'));
  return items;
}
