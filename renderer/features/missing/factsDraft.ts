import type { MissingFacts, MissingFactsInput } from '../../../preload/contract';
import { fromDateTimeLocal, nowDateTimeLocal } from '../../components/dateTimeLocal';

/** What an <input type="datetime-local"> holds: "2026-11-23T19:48" on this PC's clock, or '' — no ISO instant. */
type DateTimeLocalText = string;

/** The facts as a form holds them: the moments as the inputs' own text, converted only when sent. */
export type FactsDraft = Omit<MissingFacts, 'discoveredAt' | 'lastSeenAt'> & { discoveredAt: DateTimeLocalText; lastSeenAt: DateTimeLocalText };

export function emptyFactsDraft(now: Date = new Date()): FactsDraft {
  return {
    discoveredAt: nowDateTimeLocal(now),
    lastSeenAt: '',
    lastSeenWhere: '',
    lastSeenWith: '',
    clothing: '',
    belongings: { phone: 'unknown', money: 'unknown', idDocument: 'unknown', bankCard: 'unknown', other: '' },
    direction: '',
  };
}

/** What the contract checks: the times as ISO instants. */
export function factsInput(draft: FactsDraft): MissingFactsInput {
  return { ...draft, discoveredAt: fromDateTimeLocal(draft.discoveredAt), lastSeenAt: fromDateTimeLocal(draft.lastSeenAt) };
}

/**
 * The contract keys its messages by the call's input (`facts.lastSeenAt` in a report,
 * `value.lastSeenAt` when the part is saved); the fields by the facts alone.
 */
export function factErrors(fields: Record<string, string>, prefix: 'facts.' | 'value.'): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([key, message]) => [key.startsWith(prefix) ? key.slice(prefix.length) : key, message]));
}
