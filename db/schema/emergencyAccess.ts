import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';
import { youths } from './youths';

/** Noodtoegang: a time-limited look at a youth outside the user's locations, for review. */
export const emergencyAccess = sqliteTable(
  'emergency_access',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    youthId: text('youth_id')
      .notNull()
      .references(() => youths.id, { onDelete: 'restrict' }),
    reason: text('reason').notNull(),
    grantedAt: text('granted_at').notNull(),
    expiresAt: text('expires_at').notNull(),
    reviewedAt: text('reviewed_at'),
    reviewedBy: text('reviewed_by').references(() => users.id, { onDelete: 'restrict' }),
    reviewNote: text('review_note'),
  },
  (table) => [index('emergency_access_user_idx').on(table.userId, table.expiresAt), index('emergency_access_review_idx').on(table.reviewedAt)],
);
