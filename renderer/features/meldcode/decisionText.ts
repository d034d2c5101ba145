import type { MeldcodeFramework, Tri } from '../../../preload/contract';

export const frameworkLabels: Record<MeldcodeFramework, string> = {
  minor: 'Minderjarig: meldcode met afwegingskader',
  adult: 'Volwassen (18+): beroepsgeheim',
};

/** A tri-state answer as the radio buttons hold it: null is "not answered yet", chosen on purpose too. */
export type TriChoice = 'yes' | 'no' | 'open';
export const triLabels: Record<TriChoice, string> = { yes: 'Ja', no: 'Nee', open: 'Nog niet beantwoord' };

export const toTriChoice = (value: Tri): TriChoice => (value === null ? 'open' : value ? 'yes' : 'no');
export const fromTriChoice = (choice: TriChoice): Tri => (choice === 'open' ? null : choice === 'yes');

export function triText(value: Tri): string {
  return value === null ? 'Nog niet beantwoord' : value ? 'Ja' : 'Nee';
}
