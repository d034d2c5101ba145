import { attentionKinds, planReviewNoticeDays, type AttentionItem } from '../../../preload/contract/attention';
import { isPhotoOld } from '../photos/photoAge';

/** What the start screen needs to know about one youth; dates are `YYYY-MM-DD`. */
export interface AttentionFacts {
  youthId: string;
  youthName: string;
  newestPortraitTakenOn: string | null;
  /** The review date of the newest safety plan version; null when there is no plan yet. */
  planReviewDate: string | null;
  networkEntityCount: number;
}

function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

function itemsFor(facts: AttentionFacts, today: string): AttentionItem[] {
  const youth = { youthId: facts.youthId, youthName: facts.youthName };
  const items: AttentionItem[] = [];
  if (facts.newestPortraitTakenOn === null) items.push({ ...youth, kind: 'noPortrait', date: null, urgency: 'missing' });
  else if (isPhotoOld(facts.newestPortraitTakenOn, today)) {
    items.push({ ...youth, kind: 'portraitOld', date: facts.newestPortraitTakenOn, urgency: 'overdue' });
  }
  const review = facts.planReviewDate;
  if (review === null) items.push({ ...youth, kind: 'noSafetyPlan', date: null, urgency: 'missing' });
  // A review planned for today is still due, not yet late.
  else if (review < today) items.push({ ...youth, kind: 'planReviewDue', date: review, urgency: 'overdue' });
  else if (review <= addDays(today, planReviewNoticeDays)) items.push({ ...youth, kind: 'planReviewDue', date: review, urgency: 'soon' });
  if (facts.networkEntityCount === 0) items.push({ ...youth, kind: 'networkEmpty', date: null, urgency: 'missing' });
  return items;
}

const urgencyOrder: Record<AttentionItem['urgency'], number> = { overdue: 0, soon: 1, missing: 2 };
const byName = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });

/** Late first, then coming up, then what is missing; within those the oldest date, then the name. */
function compareItems(a: AttentionItem, b: AttentionItem): number {
  return (
    urgencyOrder[a.urgency] - urgencyOrder[b.urgency] ||
    (a.date ?? '').localeCompare(b.date ?? '') ||
    byName.compare(a.youthName, b.youthName) ||
    a.youthId.localeCompare(b.youthId) ||
    attentionKinds.indexOf(a.kind) - attentionKinds.indexOf(b.kind)
  );
}

/** Everything that needs doing for these youths on `today` (domain.md §7), most urgent first. */
export function attentionItems(youths: readonly AttentionFacts[], today: string): AttentionItem[] {
  return youths.flatMap((facts) => itemsFor(facts, today)).sort(compareItems);
}
