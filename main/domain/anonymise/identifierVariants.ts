import { isCommonWord } from './commonWords';
import { fold, hasUnfoldedLetter, lowered } from './foldedText';

/**
 * The folded forms an identifier may be written in. Spacing, punctuation and case are already
 * gone in the folded text (foldedText.ts); what is left are the forms that differ in their letters
 * or digits: name parts, date orders and month names, phone prefixes, a street without its number.
 */

const atLeast = (length: number) => (folded: string) => folded.length >= length;

/** The whole value, folded; nothing shorter than two characters (that would match everywhere). */
export function wholeValue(value: string): string[] {
  return [fold(value)].filter(atLeast(2));
}

const nameSeparators = /[\s\-–—'’.,/()&+]+/u;

/**
 * A name and its parts, whatever their case: "Jan-Willem van der Berg" is also "Jan", "Willem" and
 * "Berg", "dex qualm" is also "dex" and "qualm", "Bo" counts; never "van" or "der", nor a role or
 * description word of a field that may describe rather than name ("onbekende man met rode scooter").
 */
export function nameVariants(name: string): string[] {
  const parts = name
    .split(nameSeparators)
    .map(fold)
    .filter((part) => part.length >= 2 && /^[a-z]+$/.test(part) && !isCommonWord(part));
  return [...new Set([...wholeValue(name).filter((whole) => !isCommonWord(whole)), ...parts])];
}

/**
 * The forms folding cannot take (a name in another script, "Дмитрий Петров"): the whole value and
 * its parts, lowercase, to be matched as written in any case.
 */
export function unfoldedForms(value: string): string[] {
  const forms = [value.trim(), ...value.split(nameSeparators)].filter((form) => [...form].length >= 2 && hasUnfoldedLetter(form));
  return [...new Set(forms.map(lowered))];
}

/** Each month's full Dutch name, then the abbreviations people write. */
export const monthNames: readonly (readonly [string, ...string[]])[] = [
  ['januari', 'jan'],
  ['februari', 'feb', 'febr'],
  ['maart', 'mrt', 'mar'],
  ['april', 'apr'],
  ['mei'],
  ['juni', 'jun'],
  ['juli', 'jul'],
  ['augustus', 'aug'],
  ['september', 'sep', 'sept'],
  ['oktober', 'okt', 'oct'],
  ['november', 'nov'],
  ['december', 'dec'],
];

/**
 * A birth date (`YYYY-MM-DD`) as people write it: 14-03-2011, 14-3-2011, 14/3/2011, 2011-03-14,
 * 14.03.11, 4-3-11, 14 maart 2011, 14 mrt '11, maart 14, 2011. Separators fold away, so these are the digit and name orders.
 */
export function dateVariants(isoDate: string): string[] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return [];
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const shortYear = year.slice(2);
  const days = [...new Set([day, String(Number(day))])];
  const months = [...new Set([month, String(Number(month))])];
  const names = monthNames[Number(month) - 1] ?? [];
  return [
    ...days.flatMap((d) => months.map((m) => `${d}${m}${year}`)),
    ...days.flatMap((d) => months.map((m) => `${year}${m}${d}`)),
    ...days.flatMap((d) => months.map((m) => `${d}${m}${shortYear}`)),
    ...days.flatMap((d) => names.flatMap((name) => [`${d}${name}${year}`, `${d}${name}${shortYear}`, `${name}${d}${year}`, `${name}${d}${shortYear}`])),
  ];
}

/**
 * A phone number in its national and international forms: 06 12345678, +31 6 12345678,
 * 0031 6 12345678 and +31 (0)6 12345678 for a Dutch one; a foreign one with + or 00.
 */
export function phoneVariants(number: string): string[] {
  const trimmed = number.trim();
  const digits = trimmed.replace(/\D/g, '');
  const national = trimmed.startsWith('+31') ? digits.slice(2) : trimmed.startsWith('0031') ? digits.slice(4) : /^0[1-9]/.test(trimmed) ? digits.slice(1) : null;
  if (national !== null) return [`0${national}`, `31${national}`, `0031${national}`, `310${national}`];
  const international = trimmed.startsWith('00') ? digits.slice(2) : digits;
  return [international, `00${international}`].filter(atLeast(6));
}

/** An e-mail address whole, and its part before the @ (often a name) when it is not too short. */
export function emailVariants(email: string): string[] {
  const local = email.split('@')[0] ?? '';
  return [...wholeValue(email), ...(local === email ? [] : [fold(local)].filter(atLeast(4)))];
}

/** An address whole, and its street without the house number: "Kerkstraat 12a" is also "Kerkstraat". */
export function addressVariants(address: string): string[] {
  const street = /^(.*?\p{L})[\s,]*\d.*$/u.exec(address.trim())?.[1] ?? '';
  const streetFolded = fold(street);
  return [...wholeValue(address), ...(streetFolded.length >= 4 && !isCommonWord(streetFolded) ? [streetFolded] : [])];
}
