import type { Tri } from '../../../preload/contract';

/** A yes/no answer that may be open; '' (printed as "niet ingevuld") while it is. */
export function answerText(value: Tri): string {
  return value === null ? '' : value ? 'Ja' : 'Nee';
}
