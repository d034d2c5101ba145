import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';

export const locations = sqliteTable(
  'locations',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    nameKey: text('name_key').notNull(),
    createdAt: text('created_at').notNull(),
  },
  (table) => [uniqueIndex('locations_name_key_unique').on(table.nameKey)],
);
