import { index, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { locations } from './locations';
import { users } from './users';

/** The locations whose youths a team lead or group worker may see (need to know). */
export const userLocations = sqliteTable(
  'user_locations',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    locationId: text('location_id')
      .notNull()
      .references(() => locations.id, { onDelete: 'restrict' }),
  },
  (table) => [primaryKey({ columns: [table.userId, table.locationId] }), index('user_locations_location_idx').on(table.locationId)],
);
