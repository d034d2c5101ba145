import { storedSafetyPlanContentSchema, type PlanProposal, type ReturnConversation, type SafetyPlanContent } from '../../../preload/contract';
import { addCalendarMonths } from '../../../preload/contract/rules/photoAge';
import { longDutchDate } from '../dates/longDutchDate';

/** A plan made for the occasion is reviewed after this many months, as a new plan would be. */
export const proposedReviewMonths = 3;

const dutchDate = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeZone: 'Europe/Amsterdam' });

/** The day of the conversation in Dutch words; today when its stored moment is no date. */
function conversationDay(heldAt: string, today: string): string {
  const at = Date.parse(heldAt);
  return Number.isNaN(at) ? longDutchDate(today) : dutchDate.format(at);
}

/**
 * The current plan with the return conversation's agreements added under a dated heading, to be
 * saved as a new version (the plan's own save checks it and refuses a colleague's newer version).
 * Without a plan it starts an empty one, reviewed in three months; null without agreements.
 */
export function planProposal(
  current: { version: number; content: SafetyPlanContent } | null,
  conversation: ReturnConversation | null,
  today: string,
): PlanProposal | null {
  const agreements = conversation?.agreements.trim() ?? '';
  if (!conversation || agreements === '') return null;
  const content = current?.content ?? storedSafetyPlanContentSchema.parse({ reviewDate: addCalendarMonths(today, proposedReviewMonths) });
  const added = `Afspraken na terugkeer op ${conversationDay(conversation.heldAt, today)}:\n${agreements}`;
  const before = content.agreements.trim();
  return {
    basedOnVersion: current?.version ?? null,
    content: { ...content, agreements: before ? `${before}\n\n${added}` : added },
  };
}
