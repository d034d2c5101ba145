import { foldText, isWordCharacter, joinsWord } from './foldedText';
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
  folded: string;
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

/**
 * At most this many spaces or punctuation marks between two characters of one identifier
 * ("S a n n e", "06 - 12"): more is no longer a way of writing it but two words that happen to
 * spell it.
 */
const widestGap = 3;

function characterEnd(text: string, index: number): number {
  return index + ((text.codePointAt(index) ?? 0) > 0xffff ? 2 : 1);
}

/**
 * Where a match in the folded text lies in the original, if it is whole words there: nothing of
 * a word before or after it (a name may take a possessive s), and only short runs of spaces and
 * punctuation inside.
 */
function wholeWordSpan(text: string, origin: readonly number[], at: number, length: number, isName: boolean): { start: number; end: number } | null {
  for (let k = at; k < at + length - 1; k++) {
    const gapStart = characterEnd(text, origin[k]!);
    const gapEnd = origin[k + 1]!;
    if (gapEnd - gapStart > widestGap) return null;
    if (gapEnd > gapStart && [...text.slice(gapStart, gapEnd)].some(isWordCharacter)) return null;
  }
  let start = origin[at]!;
  let end = characterEnd(text, origin[at + length - 1]!);
  if (joinsWord(text[start - 1])) return null;
  // The + of +31 and the @ of a handle belong to what they begin.
  if (text[start - 1] === '+' || text[start - 1] === '@') start -= 1;
  if (joinsWord(text[end])) {
    if (!isName || !/^s$/i.test(text[end]!) || joinsWord(text[end + 1])) return null;
    end += 1;
  }
  return { start, end };
}

function knownSpans(text: string, needles: readonly Needle[]): Span[] {
  const { folded, origin } = foldText(text);
  const candidates: (Span & { needle: Needle })[] = [];
  for (const needle of needles) {
    for (let at = folded.indexOf(needle.folded); at !== -1; at = folded.indexOf(needle.folded, at + 1)) {
      const span = wholeWordSpan(text, origin, at, needle.folded.length, needle.identifier.isName);
      if (span) candidates.push({ ...span, ...needle.identifier, needle });
    }
  }
  // Longest first, so "Sanne de Vries" is one redaction and not "Sanne" and "Vries" around a "de".
  candidates.sort((a, b) => b.needle.folded.length - a.needle.folded.length || a.needle.rank - b.needle.rank || a.start - b.start);
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
  const needles: Needle[] = identifiers.flatMap((identifier, rank) => [...new Set(identifier.variants)].map((folded) => ({ folded, identifier, rank })));
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
