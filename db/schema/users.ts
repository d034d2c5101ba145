import { sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { Role } from '../../preload/contract';

export const users = sqliteTable(
  'users',
  {
    id: text('id').primaryKey(),
    name: text('name').notNull(),
    /** Lower-cased name: logins are case-insensitive and names unique in that sense. */
    nameKey: text('name_key').notNull(),
    role: text('role').$type<Role>().notNull(),
    createdAt: text('created_at').notNull(),
    disabledAt: text('disabled_at'),
  },
  (table) => [uniqueIndex('users_name_key_unique').on(table.nameKey)],
);
