import { sql, type SQLWrapper } from 'drizzle-orm';
import type { z } from 'zod';

/** Which kind of stored document could not be read, and why in schema terms: never its content. */
export interface UnreadableDocument {
  document: 'youthProfile' | 'safetyPlan' | 'networkEntity';
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

/** Codes and paths only: a message could quote the stored value. */
function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => `${issue.code} at ${issue.path.join('.') || '(document)'}`)
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
