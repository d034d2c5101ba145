import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { SafetyPlanContent } from '../../preload/contract';
import { users } from './users';
import { youths } from './youths';

/**
 * Every save of a youth's safety plan, never updated: the newest version is the active plan.
 * Append-only, enforced by triggers (migration 0004).
 */
export const safetyPlanVersions = sqliteTable(
  'safety_plan_versions',
  {
    id: text('id').primaryKey(),
    youthId: text('youth_id')
      .notNull()
      .references(() => youths.id, { onDelete: 'restrict' }),
    version: integer('version').notNull(),
    content: text('content', { mode: 'json' }).$type<SafetyPlanContent>().notNull(),
    /** Copied out of the content for the start screen's "review due" query. */
    reviewDate: text('review_date').notNull(),
    savedAt: text('saved_at').notNull(),
    savedBy: text('saved_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
  },
  // The start screen reads the newest version's review date through the unique index.
  (table) => [uniqueIndex('safety_plan_versions_youth_version_unique').on(table.youthId, table.version)],
);
