/**
 * Identifiers nobody recorded, recognised by their shape: a phone number, an e-mail address, an
 * @handle, a postcode, a licence plate, a nine-digit number (a BSN), a link. They run after the
 * known identifiers, on the text those left, in this order: the first shape that claims a piece
 * of text keeps it.
 */
export interface GenericPattern {
  what: string;
  replacement: string;
  pattern: RegExp;
}

const notAfterWord = '(?<![\\p{L}\\p{N}])';
const notBeforeWord = '(?![\\p{L}\\p{N}])';
const wordPattern = (body: string, flags = 'gu') => new RegExp(`${notAfterWord}(?:${body})${notBeforeWord}`, flags);

const separator = '[\\s.\\-/]{0,3}';
const dutchPhone = `(?:\\+|00)31${separator}(?:\\(0\\)${separator})?[1-9](?:${separator}\\d){8}|0[1-9](?:${separator}\\d){8}`;
const foreignPhone = `(?:\\+|00)[1-9](?:${separator}\\d){7,14}`;

export const genericPatterns: readonly GenericPattern[] = [
  { what: 'link', replacement: '[link]', pattern: /\b(?:https?:\/\/|www\.)[^\s<>"']+[^\s<>"'.,;:!?)]/giu },
  { what: 'e-mailadres', replacement: '[e-mailadres]', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu },
  { what: 'account (@-naam)', replacement: '[account]', pattern: /(?<![\p{L}\p{N}._])@[\p{L}\p{N}_.]*[\p{L}\p{N}_]/gu },
  { what: 'telefoonnummer', replacement: '[telefoonnummer]', pattern: new RegExp(`(?<![\\p{L}\\p{N}+])(?:${dutchPhone}|${foreignPhone})(?![\\p{N}])`, 'gu') },
  { what: 'postcode', replacement: '[postcode]', pattern: wordPattern('[1-9]\\d{3} ?[A-Z]{2}') },
  { what: 'kenteken', replacement: '[kenteken]', pattern: wordPattern('(?=[a-z0-9-]*[a-z])(?=[a-z0-9-]*\\d)[a-z0-9]{1,3}-[a-z0-9]{1,3}-[a-z0-9]{1,3}(?!-)', 'giu') },
  { what: 'nummer van negen cijfers (BSN)', replacement: '[BSN]', pattern: wordPattern('\\d{9}|\\d{3}([.\\s-])\\d{3}\\1\\d{3}|\\d{4}([.\\s-])\\d{2}\\2\\d{3}|\\d{3}([.\\s-])\\d{2}\\3\\d{4}') },
];

export interface PatternMatch {
  start: number;
  end: number;
  found: GenericPattern;
}

/** The pieces of `text` the shapes claim, in text order, none overlapping. */
export function genericMatches(text: string): PatternMatch[] {
  const claimed: PatternMatch[] = [];
  const overlaps = (start: number, end: number) => claimed.some((match) => start < match.end && match.start < end);
  for (const found of genericPatterns) {
    for (const match of text.matchAll(found.pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      if (!overlaps(start, end)) claimed.push({ start, end, found });
    }
  }
  return claimed.sort((a, b) => a.start - b.start);
}
