import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { z } from 'zod';
import {
  storedInformedSchema,
  storedMissingFactsSchema,
  storedPoliceReportSchema,
  storedReturnConversationSchema,
  storedReturnSchema,
  storedUrgencyAnswersSchema,
  type EpisodeEvent,
  type EpisodeEventKind,
  type EpisodeStatus,
  type EpisodeSummary,
  type EpisodeUpdate,
  type MissingEpisode,
  type MissingFacts,
  type UrgencyAnswers,
} from '../../preload/contract';
import type { Db } from '../client';
import { accessLog, missingEpisodeEvents, missingEpisodes, users, youths } from '../schema';
import { readStoredDocument, storedJson, type ReportUnreadable } from '../storedDocument';
import { scopeCondition, type YouthScope } from './youths';

/** One part of an episode and its new value, as a save names it. */
export type EpisodePartValue = EpisodeUpdate extends infer Update ? (Update extends { part: infer Part; value: infer Value } ? { part: Part; value: Value } : never) : never;

export interface NewEpisode {
  youthId: string;
  facts: MissingFacts;
  urgency: UrgencyAnswers;
  reportedAt: string;
  reportedBy: string;
}

export interface NewEpisodeEventRow {
  episodeId: string;
  at: string;
  kind: EpisodeEventKind;
  text: string;
  recordedAt: string;
  recordedBy: string;
}

const emptyPolice = storedPoliceReportSchema.parse({});
const emptyInformed = storedInformedSchema.parse({});

/** Starts an episode; nothing is known yet about the police, the people informed or a return. */
export function insertEpisode(db: Db, episode: NewEpisode): string {
  const id = randomUUID();
  db.insert(missingEpisodes)
    .values({
      id,
      youthId: episode.youthId,
      facts: episode.facts,
      urgency: episode.urgency,
      police: emptyPolice,
      informed: emptyInformed,
      returned: null,
      conversation: null,
      discoveredAt: episode.facts.discoveredAt,
      policeReportedAt: '',
      returnedAt: null,
      returnNotifiedAt: null,
      conversationHeldAt: null,
      reportedAt: episode.reportedAt,
      reportedBy: episode.reportedBy,
      closedAt: null,
      closedBy: null,
      updatedAt: episode.reportedAt,
    })
    .run();
  return id;
}

/** The part's column and the moments copied out of it, so the start screen never parses JSON. */
function partColumns(change: EpisodePartValue): Partial<typeof missingEpisodes.$inferInsert> {
  switch (change.part) {
    case 'facts':
      return { facts: change.value, discoveredAt: change.value.discoveredAt };
    case 'urgency':
      return { urgency: change.value };
    case 'police':
      return { police: change.value, policeReportedAt: change.value.reportedAt };
    case 'informed':
      return { informed: change.value };
    case 'returned':
      return { returned: change.value, returnedAt: change.value.returnedAt, returnNotifiedAt: change.value.policeNotifiedAt || null };
    case 'conversation':
      return { conversation: change.value, conversationHeldAt: change.value.heldAt };
  }
}

/** Saves one part with its copied moments in the same statement, and stamps the episode. */
export function updateEpisodePart(db: Db, episodeId: string, change: EpisodePartValue, updatedAt: string): void {
  db.update(missingEpisodes)
    .set({ ...partColumns(change), updatedAt })
    .where(eq(missingEpisodes.id, episodeId))
    .run();
}

export function closeEpisodeRow(db: Db, episodeId: string, by: { userId: string; now: string; updatedAt: string }): void {
  db.update(missingEpisodes)
    .set({ closedAt: by.now, closedBy: by.userId, updatedAt: by.updatedAt })
    .where(eq(missingEpisodes.id, episodeId))
    .run();
}

/** Timeline entries are only ever added (triggers refuse the rest); the episode's stamp stays. */
export function appendEpisodeEvent(db: Db, event: NewEpisodeEventRow): string {
  const id = randomUUID();
  db.insert(missingEpisodeEvents)
    .values({ id, ...event })
    .run();
  return id;
}

function statusOf(row: { closedAt: string | null; returnedAt: string | null }): EpisodeStatus {
  if (row.closedAt !== null) return 'closed';
  return row.returnedAt !== null ? 'returned' : 'missing';
}

const reporter = alias(users, 'reporter');
const closer = alias(users, 'closer');

const episodeColumns = {
  id: missingEpisodes.id,
  youthId: missingEpisodes.youthId,
  facts: storedJson(missingEpisodes.facts),
  urgency: storedJson(missingEpisodes.urgency),
  police: storedJson(missingEpisodes.police),
  informed: storedJson(missingEpisodes.informed),
  returned: storedJson(missingEpisodes.returned),
  conversation: storedJson(missingEpisodes.conversation),
  discoveredAt: missingEpisodes.discoveredAt,
  policeReportedAt: missingEpisodes.policeReportedAt,
  returnedAt: missingEpisodes.returnedAt,
  returnNotifiedAt: missingEpisodes.returnNotifiedAt,
  conversationHeldAt: missingEpisodes.conversationHeldAt,
  reportedAt: missingEpisodes.reportedAt,
  reportedByName: reporter.name,
  closedAt: missingEpisodes.closedAt,
  closedByName: closer.name,
  updatedAt: missingEpisodes.updatedAt,
};
/** What the parts are read from: the documents as stored and the moments copied out of them. */
interface StoredParts {
  facts: unknown;
  urgency: unknown;
  police: unknown;
  informed: unknown;
  returned: unknown;
  conversation: unknown;
  discoveredAt: string;
  policeReportedAt: string;
  returnedAt: string | null;
  returnNotifiedAt: string | null;
  conversationHeldAt: string | null;
}

/**
 * Each part read alone and without today's rules, so one that cannot be read (corrupt, or from a
 * newer version) shows its defaults, with the moments the columns kept, and the rest still opens.
 */
function readParts(row: StoredParts, report?: ReportUnreadable) {
  const read = <Schema extends z.ZodType>(section: string, schema: Schema, stored: unknown, fallback: () => z.output<Schema>) =>
    readStoredDocument('missingEpisode', schema, stored, fallback, (unreadable) => report?.({ ...unreadable, section }));
  return {
    facts: read('facts', storedMissingFactsSchema, row.facts, () => storedMissingFactsSchema.parse({ discoveredAt: row.discoveredAt })),
    urgency: read('urgency', storedUrgencyAnswersSchema, row.urgency, () => storedUrgencyAnswersSchema.parse({})),
    police: read('police', storedPoliceReportSchema, row.police, () => storedPoliceReportSchema.parse({ reportedAt: row.policeReportedAt })),
    informed: read('informed', storedInformedSchema, row.informed, () => storedInformedSchema.parse({})),
    returned:
      row.returnedAt === null
        ? null
        : read('returned', storedReturnSchema, row.returned, () =>
            storedReturnSchema.parse({ returnedAt: row.returnedAt, policeNotifiedAt: row.returnNotifiedAt ?? '' }),
          ),
    conversation:
      row.conversationHeldAt === null
        ? null
        : read('conversation', storedReturnConversationSchema, row.conversation, () => storedReturnConversationSchema.parse({ heldAt: row.conversationHeldAt })),
  } satisfies Pick<MissingEpisode, 'facts' | 'urgency' | 'police' | 'informed' | 'returned' | 'conversation'>;
}

export function listEpisodeEvents(db: Db, episodeId: string): EpisodeEvent[] {
  return db
    .select({
      id: missingEpisodeEvents.id,
      at: missingEpisodeEvents.at,
      kind: missingEpisodeEvents.kind,
      text: missingEpisodeEvents.text,
      recordedAt: missingEpisodeEvents.recordedAt,
      recordedByName: users.name,
    })
    .from(missingEpisodeEvents)
    .innerJoin(users, eq(users.id, missingEpisodeEvents.recordedBy))
    .where(eq(missingEpisodeEvents.episodeId, episodeId))
    .orderBy(asc(missingEpisodeEvents.at), asc(missingEpisodeEvents.recordedAt))
    .all();
}

/** The whole episode with its timeline (oldest entry first); undefined when there is none. */
export function findEpisode(db: Db, episodeId: string, report?: ReportUnreadable): MissingEpisode | undefined {
  const row = db
    .select(episodeColumns)
    .from(missingEpisodes)
    .innerJoin(reporter, eq(reporter.id, missingEpisodes.reportedBy))
    .leftJoin(closer, eq(closer.id, missingEpisodes.closedBy))
    .where(eq(missingEpisodes.id, episodeId))
    .get();
  if (!row) return undefined;
  return {
    id: row.id,
    youthId: row.youthId,
    status: statusOf(row),
    reportedAt: row.reportedAt,
    reportedByName: row.reportedByName,
    ...readParts(row, report),
    events: listEpisodeEvents(db, episodeId),
    closedAt: row.closedAt,
    closedByName: row.closedByName,
    updatedAt: row.updatedAt,
  };
}

const summaryColumns = {
  id: missingEpisodes.id,
  youthId: missingEpisodes.youthId,
  firstName: youths.firstName,
  lastName: youths.lastName,
  discoveredAt: missingEpisodes.discoveredAt,
  returnedAt: missingEpisodes.returnedAt,
  returned: storedJson(missingEpisodes.returned),
  closedAt: missingEpisodes.closedAt,
};

type SummaryRecord = Omit<EpisodeSummary, 'youthName' | 'status' | 'foundWhere'> & { firstName: string; lastName: string; returned: unknown };

/** Where the youth was found comes out of the return, read leniently: '' when it cannot be read. */
function toSummary(row: SummaryRecord, report?: ReportUnreadable): EpisodeSummary {
  const found =
    row.returnedAt === null
      ? ''
      : readStoredDocument('missingEpisode', storedReturnSchema, row.returned, () => storedReturnSchema.parse({ returnedAt: row.returnedAt }), (unreadable) =>
          report?.({ ...unreadable, section: 'returned' }),
        ).foundWhere;
  return {
    id: row.id,
    youthId: row.youthId,
    youthName: `${row.firstName} ${row.lastName}`,
    status: statusOf(row),
    discoveredAt: row.discoveredAt,
    returnedAt: row.returnedAt,
    foundWhere: found,
    closedAt: row.closedAt,
  };
}

function summaries(db: Db) {
  return db.select(summaryColumns).from(missingEpisodes).innerJoin(youths, eq(youths.id, missingEpisodes.youthId));
}

/** Every episode of the youth, newest discovery first (missing_episodes_youth_idx). */
export function listEpisodeSummaries(db: Db, youthId: string, report?: ReportUnreadable): EpisodeSummary[] {
  return summaries(db)
    .where(eq(missingEpisodes.youthId, youthId))
    .orderBy(desc(missingEpisodes.discoveredAt))
    .all()
    .map((row) => toSummary(row, report));
}

/** The episodes not closed yet of the youths in scope, newest discovery first. */
export function listOpenEpisodeSummaries(db: Db, scope: YouthScope, report?: ReportUnreadable): EpisodeSummary[] {
  return summaries(db)
    .where(and(isNull(missingEpisodes.closedAt), scopeCondition(scope)))
    .orderBy(desc(missingEpisodes.discoveredAt))
    .all()
    .map((row) => toSummary(row, report));
}

/** The youth's episode that is still missing (not returned, not closed), if any. */
export function findMissingEpisodeOf(db: Db, youthId: string): { id: string; discoveredAt: string } | undefined {
  return db
    .select({ id: missingEpisodes.id, discoveredAt: missingEpisodes.discoveredAt })
    .from(missingEpisodes)
    .where(and(eq(missingEpisodes.youthId, youthId), isNull(missingEpisodes.closedAt), isNull(missingEpisodes.returnedAt)))
    .orderBy(desc(missingEpisodes.discoveredAt))
    .limit(1)
    .get();
}

/** Whose episode it is, for the access check and a refused attempt's log entry. */
export function findEpisodeYouthId(db: Db, episodeId: string): string | undefined {
  return db.select({ youthId: missingEpisodes.youthId }).from(missingEpisodes).where(eq(missingEpisodes.id, episodeId)).get()?.youthId;
}

/**
 * Who saved a part of the episode or closed it last, and when: the newest 'change' entry for it in
 * the access log (timeline entries are logged as 'create' and leave the episode's stamp alone).
 */
export function lastEpisodeSave(db: Db, youthId: string, episodeId: string): { at: string; userName: string | null } | undefined {
  return db
    .select({ at: accessLog.at, userName: accessLog.userName })
    .from(accessLog)
    .where(and(eq(accessLog.youthId, youthId), eq(accessLog.objectType, 'missingEpisode'), eq(accessLog.objectId, episodeId), eq(accessLog.action, 'change')))
    .orderBy(desc(accessLog.seq))
    .limit(1)
    .get();
}
