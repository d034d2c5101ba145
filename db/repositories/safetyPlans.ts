import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { storedSafetyPlanContentSchema, type SafetyPlanContent, type SafetyPlanVersion, type SafetyPlanVersionSummary } from '../../preload/contract';
import type { Db } from '../client';
import { safetyPlanVersions, users } from '../schema';
import { readStoredDocument, storedJson, type ReportUnreadable } from '../storedDocument';

const summaryColumns = {
  youthId: safetyPlanVersions.youthId,
  version: safetyPlanVersions.version,
  savedAt: safetyPlanVersions.savedAt,
  savedByName: users.name,
};

function summaries(db: Db) {
  return db.select(summaryColumns).from(safetyPlanVersions).innerJoin(users, eq(users.id, safetyPlanVersions.savedBy));
}

function withContent(db: Db) {
  return db
    .select({ ...summaryColumns, content: storedJson(safetyPlanVersions.content), reviewDate: safetyPlanVersions.reviewDate })
    .from(safetyPlanVersions)
    .innerJoin(users, eq(users.id, safetyPlanVersions.savedBy));
}

/**
 * Parsed on the way out, without today's rules: a version saved before a section existed reads with
 * that section empty, and a phone number a later rule refuses still reads. Content that is not a
 * plan at all reads as an empty plan with the review date kept in its own column.
 */
function toVersion(row: SafetyPlanVersionSummary & { content: unknown; reviewDate: string }, report?: ReportUnreadable): SafetyPlanVersion {
  const emptyPlan = () => storedSafetyPlanContentSchema.parse({ reviewDate: row.reviewDate });
  return {
    youthId: row.youthId,
    version: row.version,
    savedAt: row.savedAt,
    savedByName: row.savedByName,
    content: readStoredDocument('safetyPlan', storedSafetyPlanContentSchema, row.content, emptyPlan, report),
  };
}

/** The active plan: the newest saved version, or null while none was made. */
export function currentSafetyPlan(db: Db, youthId: string, report?: ReportUnreadable): SafetyPlanVersion | null {
  const row = withContent(db).where(eq(safetyPlanVersions.youthId, youthId)).orderBy(desc(safetyPlanVersions.version)).limit(1).get();
  return row ? toVersion(row, report) : null;
}

/** Every version of the youth's plan, newest first, without the content. */
export function listPlanVersionSummaries(db: Db, youthId: string): SafetyPlanVersionSummary[] {
  return summaries(db).where(eq(safetyPlanVersions.youthId, youthId)).orderBy(desc(safetyPlanVersions.version)).all();
}

/** The newest version's number, who saved it and when; undefined while the youth has no plan. */
export function newestPlanVersion(db: Db, youthId: string): SafetyPlanVersionSummary | undefined {
  return summaries(db).where(eq(safetyPlanVersions.youthId, youthId)).orderBy(desc(safetyPlanVersions.version)).limit(1).get();
}

export function findPlanVersion(db: Db, youthId: string, version: number, report?: ReportUnreadable): SafetyPlanVersion | undefined {
  const row = withContent(db)
    .where(and(eq(safetyPlanVersions.youthId, youthId), eq(safetyPlanVersions.version, version)))
    .get();
  return row ? toVersion(row, report) : undefined;
}

export interface NewPlanVersion {
  youthId: string;
  version: number;
  content: SafetyPlanContent;
  savedAt: string;
  savedBy: string;
}

/** Adds a version; the unique (youth, version) index refuses a number that is already taken. */
export function insertPlanVersion(db: Db, plan: NewPlanVersion): void {
  db.insert(safetyPlanVersions)
    .values({ id: randomUUID(), ...plan, reviewDate: plan.content.reviewDate })
    .run();
}
