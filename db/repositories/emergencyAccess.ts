import { randomUUID } from 'node:crypto';
import { aliasedTable, and, asc, desc, eq, gt, isNull, sql } from 'drizzle-orm';
import type { EmergencyGrant } from '../../preload/contract';
import type { Db } from '../client';
import { preparedQuery } from '../preparedQuery';
import { emergencyAccess, users, youths } from '../schema';

const reviewers = aliasedTable(users, 'reviewers');

function grantQuery(db: Db) {
  return db
    .select({
      id: emergencyAccess.id,
      youthId: emergencyAccess.youthId,
      firstName: youths.firstName,
      lastName: youths.lastName,
      userName: users.name,
      role: users.role,
      reason: emergencyAccess.reason,
      grantedAt: emergencyAccess.grantedAt,
      expiresAt: emergencyAccess.expiresAt,
      reviewedAt: emergencyAccess.reviewedAt,
      reviewedBy: reviewers.name,
      reviewNote: emergencyAccess.reviewNote,
    })
    .from(emergencyAccess)
    .innerJoin(youths, eq(youths.id, emergencyAccess.youthId))
    .innerJoin(users, eq(users.id, emergencyAccess.userId))
    .leftJoin(reviewers, eq(reviewers.id, emergencyAccess.reviewedBy));
}

interface GrantRow extends Omit<EmergencyGrant, 'youthName'> {
  firstName: string;
  lastName: string;
}

function toGrant({ firstName, lastName, ...row }: GrantRow): EmergencyGrant {
  return { ...row, youthName: `${firstName} ${lastName}` };
}

export function insertGrant(db: Db, grant: { userId: string; youthId: string; reason: string; grantedAt: string; expiresAt: string }): string {
  const id = randomUUID();
  db.insert(emergencyAccess).values({ id, ...grant }).run();
  return id;
}

export function getGrant(db: Db, id: string): EmergencyGrant | undefined {
  const row = grantQuery(db).where(eq(emergencyAccess.id, id)).get();
  return row ? toGrant(row) : undefined;
}

/** The user's grants that have not ended yet (the caller checks their start, see isGrantActive). */
export function unexpiredGrants(db: Db, userId: string, nowIso: string): EmergencyGrant[] {
  return preparedQuery(db, 'emergencyAccess.unexpired', (d) =>
    grantQuery(d)
      .where(and(eq(emergencyAccess.userId, sql.placeholder('userId')), gt(emergencyAccess.expiresAt, sql.placeholder('now'))))
      .orderBy(desc(emergencyAccess.grantedAt))
      .prepare(),
  )
    .all({ userId, now: nowIso })
    .map(toGrant);
}

export function grantsToReview(db: Db): EmergencyGrant[] {
  return grantQuery(db).where(isNull(emergencyAccess.reviewedAt)).orderBy(asc(emergencyAccess.grantedAt)).all().map(toGrant);
}

export function markGrantReviewed(db: Db, id: string, review: { reviewedBy: string; reviewedAt: string; note: string }): void {
  db.update(emergencyAccess)
    .set({ reviewedBy: review.reviewedBy, reviewedAt: review.reviewedAt, reviewNote: review.note })
    .where(eq(emergencyAccess.id, id))
    .run();
}
