/**
 * Text as the matcher compares it: lowercase a–z and 0–9 only, diacritics, spacing and
 * punctuation gone, so "SANNE", "s a n n e", "San-ne" and "Sanné" all read "sanne". Each folded
 * character remembers where it came from, so a match found in the folded text can be cut out of
 * the original.
 */
export interface FoldedText {
  folded: string;
  /** For each folded character: the index of the original character it came from. */
  origin: number[];
}

/** Letters NFKD does not take apart. */
const spelledOut: Readonly<Record<string, string>> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', đ: 'd', ł: 'l', þ: 'th', ı: 'i' };

function foldCharacter(character: string): string {
  const lower = character.toLowerCase();
  const plain = spelledOut[lower] ?? lower.normalize('NFKD').replace(/\p{M}/gu, '');
  return plain.replace(/[^a-z0-9]/g, '');
}

export function foldText(text: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  let index = 0;
  for (const character of text) {
    for (const kept of foldCharacter(character)) {
      folded += kept;
      origin.push(index);
    }
    index += character.length;
  }
  return { folded, origin };
}

export function fold(text: string): string {
  return foldText(text).folded;
}

/** A letter or digit of any script: what a word is made of, for the whole-word checks. */
export function isWordCharacter(character: string | undefined): boolean {
  return character !== undefined && /[\p{L}\p{N}]/u.test(character);
}

/** Whether a character glues onto the word beside it: letters, digits, and the _ of handles ("sanne_xo" is one word). */
export function joinsWord(character: string | undefined): boolean {
  return character === '_' || isWordCharacter(character);
}

/** A letter of any script: what joins a name at its edges ("Sanne2011" and "sanne_xo" still hold "Sanne"). */
export function isLetter(character: string | undefined): boolean {
  return character !== undefined && /\p{L}/u.test(character);
}

/**
 * The text in lowercase, each character on its own and kept where lowering would change the
 * length, so an index in it is an index in the original: for what folding drops (another script).
 */
export function lowered(text: string): string {
  let result = '';
  for (const character of text) {
    const lower = character.toLowerCase();
    result += lower.length === character.length ? lower : character;
  }
  return result;
}

/** Whether folding drops one of its letters: such text is matched as written, in any case. */
export function hasUnfoldedLetter(text: string): boolean {
  return [...text].some((character) => isLetter(character) && foldCharacter(character) === '');
}
