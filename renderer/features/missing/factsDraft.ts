import type { MissingFacts, MissingFactsInput } from '../../../preload/contract';
import { fromDateTimeLocal, nowDateTimeLocal } from '../../components/dateTimeLocal';

/** The facts as the form holds them: times as the datetime-local inputs' own text. */
export type FactsDraft = MissingFacts;

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

/** The contract's messages are keyed by the call's input (`facts.lastSeenAt`); the fields by the facts. */
export function factErrors(fields: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([key, message]) => [key.replace(/^facts\./, ''), message]));
}
