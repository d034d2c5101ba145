import type { AttentionItem, OpenEpisodeFacts } from '../../../preload/contract/attention';
import { conversationDueAt, escalationAt, isPast } from '../missing/episodeDeadlines';

/** What the missing-episode reminders need besides the episode: the moment and the deadlines. */
export interface EpisodeClock {
  now: Date;
  missingEscalationMinutes: number;
  returnConversationHours: number;
}

type Youth = Pick<AttentionItem, 'youthId' | 'youthName'>;

/**
 * The reminders of one episode that is not closed (domain.md §7). Dates here are ISO instants:
 * the discovery, the escalation moment, the return, or the conversation's deadline.
 */
export function episodeItems(youth: Youth, episode: OpenEpisodeFacts, clock: EpisodeClock): AttentionItem[] {
  const item = (kind: AttentionItem['kind'], date: string, urgency: AttentionItem['urgency']): AttentionItem => ({
    ...youth,
    kind,
    date,
    episodeId: episode.episodeId,
    caseId: null,
    urgency,
  });
  if (episode.returnedAt === null) {
    const escalation = escalationAt(episode.discoveredAt, clock.missingEscalationMinutes);
    const policeLate = episode.policeReportedAt === '' && isPast(escalation, clock.now);
    return [item('missingNow', episode.discoveredAt, 'overdue'), ...(policeLate ? [item('policeNotTold', escalation, 'overdue')] : [])];
  }
  const items: AttentionItem[] = [];
  // The police are still searching until they hear the youth is back.
  if (episode.returnNotifiedAt === null) items.push(item('returnNotNotified', episode.returnedAt, 'overdue'));
  if (episode.conversationHeldAt === null) {
    const due = conversationDueAt(episode.returnedAt, clock.returnConversationHours) ?? '';
    items.push(item('returnConversationDue', due, isPast(due, clock.now) ? 'overdue' : 'soon'));
  }
  if (items.length === 0) items.push(item('episodeOpen', episode.returnedAt, 'soon'));
  return items;
}
