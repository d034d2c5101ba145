import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { SocialMapKind } from '../../preload/contract';
import { users } from './users';

/**
 * The social map (sociale kaart): whom the organisation calls. The national defaults ship with
 * migration 0010 (`shipped`); a trigger there refuses deleting them, editing stays possible.
 */
export const socialMapEntries = sqliteTable('social_map_entries', {
  id: text('id').primaryKey(),
  kind: text('kind').$type<SocialMapKind>().notNull(),
  name: text('name').notNull(),
  phone: text('phone').notNull(),
  note: text('note').notNull(),
  shipped: integer('shipped', { mode: 'boolean' }).notNull(),
  changedAt: text('changed_at').notNull(),
  /** Null for the shipped defaults until an administrator edits them. */
  changedBy: text('changed_by').references(() => users.id, { onDelete: 'restrict' }),
});
