import { foldText, isLetter, isWordCharacter, joinsWord, lowered } from './foldedText';
import { genericMatches } from './genericPatterns';
import type { Identifier } from './knownIdentifiers';

/** A run of text; `redacted` when it stands in for an identifier. */
export interface Segment {
  text: string;
  redacted: boolean;
}

/** What was left out, how often, and what stands in its place. */
export interface Redaction {
  what: string;
  original: string;
  replacement: string;
  count: number;
}

interface Needle {
  /** Folded, or for a literal lowercase as written. */
  form: string;
  literal: boolean;
  identifier: Identifier;
  /** The identifier's place in the list: on equal length the earlier one wins. */
  rank: number;
}

interface Span {
  start: number;
  end: number;
  what: string;
  original: string;
  replacement: string;
}

function characterEnd(text: string, index: number): number {
  return index + ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
}

/**
 * How far a name goes on into its word: its possessive s, or a Dutch diminutive (Sannetje, Sanneke,
 * Kimpje, Jannetje, Janneke) and its s; -1 when the word goes on otherwise.
 */
function nameEnding(text: string, end: number): number {
  // Jan → Jannetje: the last letter may double before -etje and -eke.
  const doubled = isLetter(text[end - 1]) ? `${text[end - 1]}?` : '';
  const ending = new RegExp(`^(?:s|(?:${doubled}etje|${doubled}eke|tje|je|ke|pje)s?)(?!\\p{L})`, 'iu').exec(text.slice(end, end + 10));
  return ending ? ending[0].length : -1;
}

/**
 * The span from `start` to `end` if it is whole words: nothing of a word before or after it. A
 * name is parted by anything but a letter ("Sanne2011", "sanne_xo") and may take an ending.
 */
function wholeWords(text: string, start: number, end: number, isName: boolean): { start: number; end: number } | null {
  const joins = isName ? isLetter : joinsWord;
  if (joins(text[start - 1])) return null;
  // The + of +31 and the @ of a handle belong to what they begin.
  const from = text[start - 1] === '+' || text[start - 1] === '@' ? start - 1 : start;
  if (!joins(text[end])) return { start: from, end };
  const ending = isName ? nameEnding(text, end) : -1;
  return ending > 0 ? { start: from, end: end + ending } : null;
}

/**
 * Where a match in the folded text lies in the original, if it is whole words there with only
 * spaces and punctuation inside, however many: "S   a n n e" is still the name, and leaving a
 * name in costs more than redacting two words that happen to spell it.
 */
function foldedSpan(text: string, origin: readonly number[], at: number, length: number, isName: boolean): { start: number; end: number } | null {
  for (let k = at; k < at + length - 1; k++) {
    const gapStart = characterEnd(text, origin[k]!);
    const gapEnd = origin[k + 1]!;
    if (gapEnd > gapStart && [...text.slice(gapStart, gapEnd)].some(isWordCharacter)) return null;
  }
  return wholeWords(text, origin[at]!, characterEnd(text, origin[at + length - 1]!), isName);
}

function knownSpans(text: string, needles: readonly Needle[]): Span[] {
  const { folded, origin } = foldText(text);
  const lower = lowered(text);
  const candidates: (Span & { needle: Needle })[] = [];
  for (const needle of needles) {
    const within = needle.literal ? lower : folded;
    for (let at = within.indexOf(needle.form); at !== -1; at = within.indexOf(needle.form, at + 1)) {
      const { isName } = needle.identifier;
      const span = needle.literal ? wholeWords(text, at, at + needle.form.length, isName) : foldedSpan(text, origin, at, needle.form.length, isName);
      if (span) candidates.push({ ...span, ...needle.identifier, needle });
    }
  }
  // Longest first, so "Sanne de Vries" is one redaction and not "Sanne" and "Vries" around a "de".
  candidates.sort((a, b) => b.needle.form.length - a.needle.form.length || a.needle.rank - b.needle.rank || a.start - b.start);
  const taken: Span[] = [];
  for (const candidate of candidates) {
    if (!taken.some((span) => candidate.start < span.end && span.start < candidate.end)) taken.push(candidate);
  }
  return taken.sort((a, b) => a.start - b.start);
}

function genericSpans(text: string, offset: number): Span[] {
  return genericMatches(text).map(({ start, end, found }) => ({
    start: start + offset,
    end: end + offset,
    what: `Herkend als ${found.what}`,
    original: text.slice(start, end),
    replacement: found.replacement,
  }));
}

/** The known identifiers' spans, and the generic shapes' in the text between them. */
function allSpans(text: string, needles: readonly Needle[]): Span[] {
  const known = knownSpans(text, needles);
  const spans: Span[] = [];
  let from = 0;
  for (const span of [...known, { start: text.length, end: text.length } as Span]) {
    spans.push(...genericSpans(text.slice(from, span.start), from));
    if (span.end > span.start) spans.push(span);
    from = span.end;
  }
  return spans;
}

export interface Redactor {
  /** The text with every identifier replaced; adjacent plain text stays one segment. */
  redact(text: string): Segment[];
  /** Everything redacted so far, in the order first met. */
  redactions(): Redaction[];
}

/** A redactor for one document: it counts what it left out across every text it is given. */
export function createRedactor(identifiers: readonly Identifier[]): Redactor {
  const needles: Needle[] = identifiers.flatMap((identifier, rank) => [
    ...[...new Set(identifier.variants)].map((form) => ({ form, literal: false, identifier, rank })),
    ...identifier.literals.map((form) => ({ form, literal: true, identifier, rank })),
  ]);
  const counted = new Map<string, Redaction>();

  function count({ what, original, replacement }: Span): void {
    const key = JSON.stringify([what, original, replacement]);
    const known = counted.get(key);
    if (known) known.count += 1;
    else counted.set(key, { what, original, replacement, count: 1 });
  }

  return {
    redact(text) {
      const segments: Segment[] = [];
      const plain = (piece: string) => {
        if (piece === '') return;
        const last = segments.at(-1);
        if (last && !last.redacted) last.text += piece;
        else segments.push({ text: piece, redacted: false });
      };
      let from = 0;
      for (const span of allSpans(text, needles)) {
        plain(text.slice(from, span.start));
        segments.push({ text: span.replacement, redacted: true });
        count(span);
        from = span.end;
      }
      plain(text.slice(from));
      return segments;
    },
    redactions: () => [...counted.values()],
  };
}
