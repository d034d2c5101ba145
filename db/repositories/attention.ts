import { and, count, desc, eq, isNull, max, sql, type SQLWrapper } from 'drizzle-orm';
import { storedCaseHelpPlanSchema, type AttentionFacts, type OpenCaseFacts, type OpenEpisodeFacts } from '../../preload/contract';
import type { Db } from '../client';
import { meldcodeCases, meldcodeCountersignatures, meldcodeDecisions, meldcodeFollowUps, meldcodeHelpPlans, missingEpisodes, networkEntities, safetyPlanVersions, youthPhotos, youths } from '../schema';
import { readStoredDocument, type ReportUnreadable } from '../storedDocument';
import { isOpen } from './meldcodeCases';
import { scopeCondition, type YouthScope } from './youths';

/**
 * One statement over the visible youths. Each correlated subquery is a single seek in its
 * youth-first index (newest portrait, highest plan version, entity count, the episodes not closed
 * in the partial open-episode index, the open meldcode cases in theirs, a case's newest decision and
 * help plan in their case-first indexes), never a scan of the
 * photos, plans, entities, episodes or cases; see the query-plan test. The open episodes and cases
 * come as JSON arrays SQLite builds from plain columns; a case's help plan comes as its stored
 * text, read leniently here, so a damaged plan never stops the start screen.
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
  const newestFollowUp = db.select({ on: max(meldcodeFollowUps.heldOn) }).from(meldcodeFollowUps).where(eq(meldcodeFollowUps.caseId, meldcodeCases.id));
  const newestDecision = (column: SQLWrapper) =>
    db
      .select({ value: sql`${column}` })
      .from(meldcodeDecisions)
      .where(eq(meldcodeDecisions.caseId, meldcodeCases.id))
      .orderBy(desc(meldcodeDecisions.confirmedAt), desc(sql`${meldcodeDecisions}.rowid`))
      .limit(1);
  // The newest decision's moment and confirmer when it still waits for its countersignature; null otherwise.
  const unsigned = (column: SQLWrapper) =>
    newestDecision(
      sql`case when ${meldcodeDecisions.countersignRequired} = 1 and not exists (select 1 from ${meldcodeCountersignatures} where ${meldcodeCountersignatures.decisionId} = ${meldcodeDecisions.id}) then ${column} end`,
    );
  // Only the newest decision's own help plan sets follow-up dates: a later decision without own help ends them.
  const newestHelpPlan = db
    .select({ content: meldcodeHelpPlans.content })
    .from(meldcodeHelpPlans)
    .where(and(eq(meldcodeHelpPlans.caseId, meldcodeCases.id), eq(meldcodeHelpPlans.decisionId, sql`(${newestDecision(meldcodeDecisions.id)})`)))
    .orderBy(desc(meldcodeHelpPlans.recordedAt), desc(sql`${meldcodeHelpPlans}.rowid`))
    .limit(1);
  const openCases = db
    .select({
      list: sql`json_group_array(json_object('caseId', ${meldcodeCases.id}, 'lastActivityAt', ${meldcodeCases.lastActivityAt}, 'helpPlan', (${newestHelpPlan}), 'newestFollowUpOn', (${newestFollowUp}), 'countersignDueSince', (${unsigned(meldcodeDecisions.confirmedAt)}), 'countersignConfirmedBy', (${unsigned(meldcodeDecisions.confirmedBy)})))`,
    })
    .from(meldcodeCases)
    .where(and(eq(meldcodeCases.youthId, youths.id), isOpen));
  return db
    .select({
      id: youths.id,
      firstName: youths.firstName,
      lastName: youths.lastName,
      newestPortrait: sql<string | null>`${newestPortrait}`,
      planReviewDate: sql<string | null>`${newestPlanReview}`,
      entityCount: sql<number>`${entityCount}`,
      openEpisodes: sql<string>`${openEpisodes}`,
      openCases: sql<string>`${openCases}`,
    })
    .from(youths)
    .where(scopeCondition(scope));
}

type StoredOpenCase = Omit<OpenCaseFacts, 'followUpDates'> & { helpPlan: string | null };

function toOpenCase({ helpPlan, ...stored }: StoredOpenCase, report?: ReportUnreadable): OpenCaseFacts {
  const plan =
    helpPlan === null
      ? null
      : readStoredDocument('meldcodeCase', storedCaseHelpPlanSchema, helpPlan, () => storedCaseHelpPlanSchema.parse({}), (unreadable) => report?.({ ...unreadable, section: 'helpPlan' }));
  return { ...stored, followUpDates: plan?.followUpDates ?? [] };
}

/** Per youth, what the start screen's rules look at. */
export function listAttentionFacts(db: Db, scope: YouthScope, report?: ReportUnreadable): AttentionFacts[] {
  return attentionFactsQuery(db, scope)
    .all()
    .map((row) => ({
      youthId: row.id,
      youthName: `${row.firstName} ${row.lastName}`,
      newestPortraitTakenOn: row.newestPortrait,
      planReviewDate: row.planReviewDate,
      networkEntityCount: row.entityCount,
      openEpisodes: (JSON.parse(row.openEpisodes) as OpenEpisodeFacts[]).sort((a, b) => a.discoveredAt.localeCompare(b.discoveredAt)),
      openCases: (JSON.parse(row.openCases) as StoredOpenCase[]).map((stored) => toOpenCase(stored, report)),
    }));
}
