import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { YouthProfile } from '../../preload/contract';
import { locations } from './locations';
import { users } from './users';

export const youths = sqliteTable(
  'youths',
  {
    id: text('id').primaryKey(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    alias: text('alias').notNull().default(''),
    dateOfBirth: text('date_of_birth').notNull(),
    locationId: text('location_id')
      .notNull()
      .references(() => locations.id, { onDelete: 'restrict' }),
    /** The rest of the file (youthProfile.ts), validated on the way in and out. */
    profile: text('profile', { mode: 'json' }).$type<YouthProfile>(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('youths_name_idx').on(table.lastName, table.firstName),
    index('youths_location_idx').on(table.locationId),
  ],
);
