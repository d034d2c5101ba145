import { sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** Organisation-wide settings as JSON values; defaults live in the contract. */
export const settings = sqliteTable('settings', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
  updatedAt: text('updated_at').notNull(),
  updatedBy: text('updated_by'),
});
