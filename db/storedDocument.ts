import { sql, type SQLWrapper } from 'drizzle-orm';
import type { z } from 'zod';

/**
 * Which kind of stored document could not be read, and why in schema terms: never its content.
 * `section` names the one part that fell back, for a document read per section.
 */
export interface UnreadableDocument {
  document: 'youthProfile' | 'safetyPlan' | 'networkEntity' | 'missingEpisode' | 'meldcodeCase';
  section?: string;
  problem: string;
}

/** Told when a stored document was replaced by its defaults (main writes it to the technical log). */
export type ReportUnreadable = (unreadable: UnreadableDocument) => void;

/**
 * A JSON column's text as stored. Drizzle's own JSON decoding would throw on text that is not
 * JSON before the reader could fall back, taking the whole youth file down with it.
 */
export function storedJson(column: SQLWrapper) {
  return sql<unknown>`${column}`;
}

function decodeJson(stored: unknown): { ok: true; value: unknown } | { ok: false } {
  if (typeof stored !== 'string') return { ok: true, value: stored };
  try {
    return { ok: true, value: JSON.parse(stored) };
  } catch {
    return { ok: false };
  }
}

/** Codes and paths (from the document's root) only: a message could quote the stored value. */
function describeIssues(error: z.ZodError, pathPrefix: readonly PropertyKey[] = []): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.code} at ${[...pathPrefix, ...issue.path].map(String).join('.') || '(document)'}`)
    .join('; ');
}

/**
 * Reads a stored document with its stored-read schema (shape and defaults, no rules: see
 * preload/contract/documentMode.ts). A document without even that shape (corrupt, or written by
 * something else) reads as `fallback` and is reported, so one bad part never keeps the rest of
 * the file from opening.
 */
export function readStoredDocument<Schema extends z.ZodType>(
  document: UnreadableDocument['document'],
  schema: Schema,
  stored: unknown,
  fallback: () => z.output<Schema>,
  report: ReportUnreadable = () => {},
): z.output<Schema> {
  const json = decodeJson(stored);
  const parsed = json.ok ? schema.safeParse(json.value) : undefined;
  if (parsed?.success) return parsed.data;
  report({ document, problem: parsed ? describeIssues(parsed.error) : 'not JSON' });
  return fallback();
}

/** A document read per section, and which of its sections fell back to their defaults. */
export interface SectionedRead<Value> {
  value: Value;
  unreadableSections: (keyof Value & string)[];
}

const isPlainObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Reads a stored document made of sections (a zod object whose keys are its sections) one section
 * at a time: a section without the right shape reads as its part of `fallback` and is reported,
 * and every other section keeps what was saved. One contact with a role this version does not
 * know then empties only the contacts, not the medication beside them. A document that is not
 * even an object reads as `fallback` whole, with every section unreadable.
 */
export function readStoredSections<Schema extends z.ZodObject>(
  document: UnreadableDocument['document'],
  schema: Schema,
  stored: unknown,
  fallback: () => z.output<Schema>,
  report: ReportUnreadable = () => {},
): SectionedRead<z.output<Schema>> {
  type Value = z.output<Schema>;
  const sections = Object.keys(schema.shape) as (keyof Value & string)[];
  const json = decodeJson(stored);
  const saved = json.ok && isPlainObject(json.value) ? json.value : undefined;
  if (!saved) {
    // In zod's words, as the other reports are.
    report({ document, problem: json.ok ? 'invalid_type at (document)' : 'not JSON' });
    return { value: fallback(), unreadableSections: sections };
  }
  const defaults = fallback();
  const unreadableSections: (keyof Value & string)[] = [];
  const value = Object.fromEntries(
    sections.map((section) => {
      const parsed = (schema.shape[section] as z.ZodType).safeParse(saved[section]);
      if (parsed.success) return [section, parsed.data];
      unreadableSections.push(section);
      report({ document, section, problem: describeIssues(parsed.error, [section]) });
      return [section, defaults[section]];
    }),
  ) as Value;
  return { value, unreadableSections };
}
