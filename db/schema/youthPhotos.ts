import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { PhotoKind } from '../../preload/contract';
import { users } from './users';
import { youths } from './youths';

/** Photos live inside the encrypted database, never as loose files; always re-encoded JPEG. */
export const youthPhotos = sqliteTable(
  'youth_photos',
  {
    id: text('id').primaryKey(),
    youthId: text('youth_id')
      .notNull()
      .references(() => youths.id, { onDelete: 'restrict' }),
    kind: text('kind').$type<PhotoKind>().notNull(),
    caption: text('caption').notNull(),
    takenOn: text('taken_on').notNull(),
    addedAt: text('added_at').notNull(),
    addedBy: text('added_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    image: blob('image', { mode: 'buffer' }).notNull(),
    thumbnail: blob('thumbnail', { mode: 'buffer' }).notNull(),
  },
  // The newest portrait per youth is the hot query (file, start screen, packet).
  (table) => [index('youth_photos_youth_idx').on(table.youthId, table.kind, table.takenOn)],
);
