import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { safetyPlanContentSchema, type SafetyPlanContent, type SafetyPlanVersion, type SafetyPlanVersionSummary } from '../../preload/contract';
import type { Db } from '../client';
import { safetyPlanVersions, users } from '../schema';

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
    .select({ ...summaryColumns, content: safetyPlanVersions.content })
    .from(safetyPlanVersions)
    .innerJoin(users, eq(users.id, safetyPlanVersions.savedBy));
}

/** Parsed on the way out: a version saved before a section existed reads with that section empty. */
function toVersion(row: SafetyPlanVersionSummary & { content: SafetyPlanContent }): SafetyPlanVersion {
  return {
    youthId: row.youthId,
    version: row.version,
    savedAt: row.savedAt,
    savedByName: row.savedByName,
    content: safetyPlanContentSchema.parse(row.content),
  };
}

/** The active plan: the newest saved version, or null while none was made. */
export function currentSafetyPlan(db: Db, youthId: string): SafetyPlanVersion | null {
  const row = withContent(db).where(eq(safetyPlanVersions.youthId, youthId)).orderBy(desc(safetyPlanVersions.version)).limit(1).get();
  return row ? toVersion(row) : null;
}

/** Every version of the youth's plan, newest first, without the content. */
export function listPlanVersionSummaries(db: Db, youthId: string): SafetyPlanVersionSummary[] {
  return summaries(db).where(eq(safetyPlanVersions.youthId, youthId)).orderBy(desc(safetyPlanVersions.version)).all();
}

/** The newest version's number, who saved it and when; undefined while the youth has no plan. */
export function newestPlanVersion(db: Db, youthId: string): SafetyPlanVersionSummary | undefined {
  return summaries(db).where(eq(safetyPlanVersions.youthId, youthId)).orderBy(desc(safetyPlanVersions.version)).limit(1).get();
}

export function findPlanVersion(db: Db, youthId: string, version: number): SafetyPlanVersion | undefined {
  const row = withContent(db)
    .where(and(eq(safetyPlanVersions.youthId, youthId), eq(safetyPlanVersions.version, version)))
    .get();
  return row ? toVersion(row) : undefined;
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
