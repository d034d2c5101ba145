import { sql } from 'drizzle-orm';
import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { EpisodeEventKind, EpisodeReturn, Informed, MissingFacts, PoliceReport, ReturnConversation, UrgencyAnswers } from '../../preload/contract';
import { users } from './users';
import { youths } from './youths';

/**
 * One missing episode per row, its parts as validated documents (preload/contract/missing.ts).
 * The moments the start screen's reminders need are copied out of the parts into columns.
 */
export const missingEpisodes = sqliteTable(
  'missing_episodes',
  {
    id: text('id').primaryKey(),
    youthId: text('youth_id')
      .notNull()
      .references(() => youths.id, { onDelete: 'restrict' }),
    facts: text('facts', { mode: 'json' }).$type<MissingFacts>().notNull(),
    urgency: text('urgency', { mode: 'json' }).$type<UrgencyAnswers>().notNull(),
    police: text('police', { mode: 'json' }).$type<PoliceReport>().notNull(),
    informed: text('informed', { mode: 'json' }).$type<Informed>().notNull(),
    returned: text('returned', { mode: 'json' }).$type<EpisodeReturn>(),
    conversation: text('conversation', { mode: 'json' }).$type<ReturnConversation>(),
    /** Copied from facts: the escalation timer and the order of episodes. */
    discoveredAt: text('discovered_at').notNull(),
    /** Copied from police: '' while the police have not been told. */
    policeReportedAt: text('police_reported_at').notNull(),
    /** Copied from returned: null while the youth is missing. */
    returnedAt: text('returned_at'),
    /** Copied from returned: null until the police were told the youth is back. */
    returnNotifiedAt: text('return_notified_at'),
    /** Copied from conversation: null until the return conversation is recorded. */
    conversationHeldAt: text('conversation_held_at'),
    reportedAt: text('reported_at').notNull(),
    reportedBy: text('reported_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    closedAt: text('closed_at'),
    closedBy: text('closed_by').references(() => users.id, { onDelete: 'restrict' }),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('missing_episodes_youth_idx').on(table.youthId, table.discoveredAt),
    // The start screen reads the open episodes of every visible youth.
    index('missing_episodes_open_idx').on(table.youthId).where(sql`${table.closedAt} is null`),
  ],
);

/** The episode's timeline: search actions, sightings, contacts. Append-only (triggers in migration 0006). */
export const missingEpisodeEvents = sqliteTable(
  'missing_episode_events',
  {
    id: text('id').primaryKey(),
    episodeId: text('episode_id')
      .notNull()
      .references(() => missingEpisodes.id, { onDelete: 'restrict' }),
    at: text('at').notNull(),
    kind: text('kind').$type<EpisodeEventKind>().notNull(),
    text: text('text').notNull(),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: text('recorded_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
  },
  (table) => [index('missing_episode_events_episode_idx').on(table.episodeId, table.at)],
);
