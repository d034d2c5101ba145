import type { AttentionItem, OpenCaseFacts } from '../../../preload/contract/attention';
import { isRealIsoDate, localTodayIso } from '../../../preload/contract/isoDate';

/** A follow-up date shows this many days before it comes. */
export const followUpNoticeDays = 3;

/** What the meldcode reminders need besides the case: today on this PC's calendar, the idle setting and who looks. */
export interface MeldcodeClock {
  today: string;
  meldcodeIdleDays: number;
  /** The signed-in user, and whether their role countersigns decisions (a team lead or the aandachtsfunctionaris). */
  viewer: { userId: string; countersigns: boolean };
}

type Youth = Pick<AttentionItem, 'youthId' | 'youthName'>;

const dayNumber = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`) / 86_400_000;

/**
 * The earliest monitoring date of the help plan with no follow-up recorded on or after it: one
 * follow-up answers every date up to its own.
 */
function pendingFollowUp(openCase: OpenCaseFacts): string | undefined {
  const covered = openCase.newestFollowUpOn;
  return openCase.followUpDates.filter((date) => isRealIsoDate(date) && (covered === null || date > covered)).sort()[0];
}

function followUpDue(pending: string | undefined, today: string): Pick<AttentionItem, 'date' | 'urgency'> | undefined {
  if (pending === undefined || dayNumber(pending) - dayNumber(today) > followUpNoticeDays) return undefined;
  // The day itself is not late yet: it is listed with what is coming up.
  return { date: pending, urgency: pending < today ? 'overdue' : 'soon' };
}

/** The reminders of one open meldcode case (domain.md §7); dates are calendar days. */
export function meldcodeItems(youth: Youth, openCase: OpenCaseFacts, clock: MeldcodeClock): AttentionItem[] {
  const item = (kind: AttentionItem['kind'], date: string, urgency: AttentionItem['urgency']): AttentionItem => ({ ...youth, kind, date, episodeId: null, caseId: openCase.caseId, urgency });
  const items: AttentionItem[] = [];
  const pending = pendingFollowUp(openCase);
  const due = followUpDue(pending, clock.today);
  if (due?.date) items.push(item('meldcodeFollowUpDue', due.date, due.urgency));
  const lastActive = localTodayIso(new Date(openCase.lastActivityAt));
  // A case waiting quietly for a planned follow-up is being monitored, not forgotten.
  const monitoring = pending !== undefined && pending >= clock.today;
  if (!monitoring && dayNumber(clock.today) - dayNumber(lastActive) > clock.meldcodeIdleDays) items.push(item('meldcodeCaseIdle', lastActive, 'overdue'));
  // Only someone who may sign it is reminded: a team lead or the aandachtsfunctionaris other than the confirmer.
  const maySign = clock.viewer.countersigns && openCase.countersignConfirmedBy !== clock.viewer.userId;
  if (openCase.countersignDueSince !== null && maySign) items.push(item('meldcodeCountersignDue', localTodayIso(new Date(openCase.countersignDueSince)), 'overdue'));
  return items;
}
