import { and, count, desc, eq, isNull, max, sql } from 'drizzle-orm';
import type { AttentionFacts, OpenEpisodeFacts } from '../../preload/contract';
import type { Db } from '../client';
import { missingEpisodes, networkEntities, safetyPlanVersions, youthPhotos, youths } from '../schema';
import { scopeCondition, type YouthScope } from './youths';

/**
 * One statement over the visible youths. Each correlated subquery is a single seek in its
 * youth-first index (newest portrait, highest plan version, entity count, the episodes not closed
 * in the partial open-episode index), never a scan of the photos, plans, entities or episodes;
 * see the query-plan test. The open episodes come as a JSON array SQLite builds from plain columns.
 */
export function attentionFactsQuery(db: Db, scope: YouthScope) {
  const newestPortrait = db
    .select({ takenOn: max(youthPhotos.takenOn) })
    .from(youthPhotos)
    .where(and(eq(youthPhotos.youthId, youths.id), eq(youthPhotos.kind, 'portrait')));
  const newestPlanReview = db
    .select({ reviewDate: safetyPlanVersions.reviewDate })
    .from(safetyPlanVersions)
    .where(eq(safetyPlanVersions.youthId, youths.id))
    .orderBy(desc(safetyPlanVersions.version))
    .limit(1);
  const entityCount = db.select({ n: count() }).from(networkEntities).where(eq(networkEntities.youthId, youths.id));
  const openEpisodes = db
    .select({
      list: sql`json_group_array(json_object('episodeId', ${missingEpisodes.id}, 'discoveredAt', ${missingEpisodes.discoveredAt}, 'policeReportedAt', ${missingEpisodes.policeReportedAt}, 'returnedAt', ${missingEpisodes.returnedAt}, 'returnNotifiedAt', ${missingEpisodes.returnNotifiedAt}, 'conversationHeldAt', ${missingEpisodes.conversationHeldAt}))`,
    })
    .from(missingEpisodes)
    .where(and(eq(missingEpisodes.youthId, youths.id), isNull(missingEpisodes.closedAt)));
  return db
    .select({
      id: youths.id,
      firstName: youths.firstName,
      lastName: youths.lastName,
      newestPortrait: sql<string | null>`${newestPortrait}`,
      planReviewDate: sql<string | null>`${newestPlanReview}`,
      entityCount: sql<number>`${entityCount}`,
      openEpisodes: sql<string>`${openEpisodes}`,
    })
    .from(youths)
    .where(scopeCondition(scope));
}

/** Per youth, what the start screen's rules look at. */
export function listAttentionFacts(db: Db, scope: YouthScope): AttentionFacts[] {
  return attentionFactsQuery(db, scope)
    .all()
    .map((row) => ({
      youthId: row.id,
      youthName: `${row.firstName} ${row.lastName}`,
      newestPortraitTakenOn: row.newestPortrait,
      planReviewDate: row.planReviewDate,
      networkEntityCount: row.entityCount,
      openEpisodes: (JSON.parse(row.openEpisodes) as OpenEpisodeFacts[]).sort((a, b) => a.discoveredAt.localeCompare(b.discoveredAt)),
    }));
}
