import { attentionKinds, type AttentionFacts, type AttentionItem } from '../../../preload/contract/attention';
import { reviewStatus } from '../../../preload/contract/rules/planReview';
import { isPhotoOld } from '../../../preload/contract/rules/photoAge';

function itemsFor(facts: AttentionFacts, today: string): AttentionItem[] {
  const youth = { youthId: facts.youthId, youthName: facts.youthName };
  const items: AttentionItem[] = [];
  if (facts.newestPortraitTakenOn === null) items.push({ ...youth, kind: 'noPortrait', date: null, urgency: 'missing' });
  else if (isPhotoOld(facts.newestPortraitTakenOn, today)) {
    items.push({ ...youth, kind: 'portraitOld', date: facts.newestPortraitTakenOn, urgency: 'overdue' });
  }
  const review = facts.planReviewDate;
  if (review === null) items.push({ ...youth, kind: 'noSafetyPlan', date: null, urgency: 'missing' });
  else {
    const status = reviewStatus(review, today);
    // Due today is not late yet: the start screen lists it with what is coming up.
    if (status !== 'later') items.push({ ...youth, kind: 'planReviewDue', date: review, urgency: status === 'overdue' ? 'overdue' : 'soon' });
  }
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
