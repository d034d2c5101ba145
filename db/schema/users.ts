import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
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
    /** Set by an administrator's reset: the first login asks for a new password. */
    mustChangePassword: integer('must_change_password', { mode: 'boolean' }).notNull().default(false),
  },
  (table) => [uniqueIndex('users_name_key_unique').on(table.nameKey)],
);
