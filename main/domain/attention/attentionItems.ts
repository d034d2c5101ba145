import { attentionKinds, type AttentionFacts, type AttentionItem } from '../../../preload/contract/attention';
import { reviewStatus } from '../../../preload/contract/rules/planReview';
import { isPhotoOld } from '../../../preload/contract/rules/photoAge';
import { episodeItems, type EpisodeClock } from './episodeItems';
import { meldcodeItems, type MeldcodeClock } from './meldcodeItems';

/** When the start screen looks: today on this PC's calendar, the moment, the episode deadlines and the meldcode idle time. */
export interface AttentionClock extends EpisodeClock, MeldcodeClock {}

function fileItems(facts: AttentionFacts, today: string): AttentionItem[] {
  const youth = { youthId: facts.youthId, youthName: facts.youthName, episodeId: null, caseId: null };
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

function itemsFor(facts: AttentionFacts, clock: AttentionClock): AttentionItem[] {
  const youth = { youthId: facts.youthId, youthName: facts.youthName };
  return [
    ...facts.openEpisodes.flatMap((episode) => episodeItems(youth, episode, clock)),
    ...facts.openCases.flatMap((openCase) => meldcodeItems(youth, openCase, clock)),
    ...fileItems(facts, clock.today),
  ];
}

const urgencyOrder: Record<AttentionItem['urgency'], number> = { overdue: 0, soon: 1, missing: 2 };
const byName = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
const kindOrder = (item: AttentionItem) => attentionKinds.indexOf(item.kind);
/** A youth missing now, or an episode not yet followed up, comes before anything in a file. */
const isEpisodeItem = (item: AttentionItem) => item.episodeId !== null;

/**
 * Episodes first, by kind (missing now first); then late, coming up, missing; within those the
 * oldest date, then the name.
 */
function compareItems(a: AttentionItem, b: AttentionItem): number {
  const episodes = Number(isEpisodeItem(b)) - Number(isEpisodeItem(a));
  if (episodes !== 0) return episodes;
  return (
    (isEpisodeItem(a) ? kindOrder(a) - kindOrder(b) : 0) ||
    urgencyOrder[a.urgency] - urgencyOrder[b.urgency] ||
    (a.date ?? '').localeCompare(b.date ?? '') ||
    byName.compare(a.youthName, b.youthName) ||
    a.youthId.localeCompare(b.youthId) ||
    kindOrder(a) - kindOrder(b)
  );
}

/** Everything that needs doing for these youths (domain.md §7), most urgent first. */
export function attentionItems(youths: readonly AttentionFacts[], clock: AttentionClock): AttentionItem[] {
  return youths.flatMap((facts) => itemsFor(facts, clock)).sort(compareItems);
}
