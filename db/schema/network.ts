import { sql } from 'drizzle-orm';
import { blob, check, foreignKey, index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { EntityDetails, EntityKind, LinkRating, LinkType } from '../../preload/contract';
import { users } from './users';
import { youths } from './youths';

/** Persons, places, vehicles, phone numbers and accounts around one youth. */
export const networkEntities = sqliteTable(
  'network_entities',
  {
    id: text('id').primaryKey(),
    youthId: text('youth_id')
      .notNull()
      .references(() => youths.id, { onDelete: 'restrict' }),
    kind: text('kind').$type<EntityKind>().notNull(),
    label: text('label').notNull(),
    details: text('details', { mode: 'json' }).$type<EntityDetails>().notNull(),
    source: text('source').notNull(),
    observedOn: text('observed_on').notNull(),
    notes: text('notes').notNull(),
    atRisk: integer('at_risk', { mode: 'boolean' }).notNull(),
    shareWithPolice: integer('share_with_police', { mode: 'boolean' }).notNull(),
    x: real('x'),
    y: real('y'),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    updatedAt: text('updated_at').notNull(),
  },
  // The target of the links' (youth_id, end) foreign keys; it also serves every lookup by youth.
  (table) => [uniqueIndex('network_entities_youth_id_unique').on(table.youthId, table.id)],
);

/**
 * Rated links; a null `from_id` or `to_id` is the youth, so a link can point at the youth ("Jan
 * ronselt Anouk") as well as away from it. Never both: a link from the youth to itself means
 * nothing. Each end's foreign key includes `youth_id`, so a link never reaches into another
 * youth's network (a null end is not checked: it is the youth). Entities cannot be deleted from
 * under a link (restrict): the service removes or re-points the links first, after asking the user.
 */
export const networkLinks = sqliteTable(
  'network_links',
  {
    id: text('id').primaryKey(),
    youthId: text('youth_id')
      .notNull()
      .references(() => youths.id, { onDelete: 'restrict' }),
    fromId: text('from_id'),
    toId: text('to_id'),
    type: text('type').$type<LinkType>().notNull(),
    rating: text('rating').$type<LinkRating>().notNull(),
    source: text('source').notNull(),
    observedOn: text('observed_on').notNull(),
    notes: text('notes').notNull(),
    createdAt: text('created_at').notNull(),
    createdBy: text('created_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('network_links_youth_idx').on(table.youthId),
    index('network_links_from_idx').on(table.fromId),
    index('network_links_to_idx').on(table.toId),
    foreignKey({ name: 'network_links_from_fk', columns: [table.youthId, table.fromId], foreignColumns: [networkEntities.youthId, networkEntities.id] })
      .onDelete('restrict'),
    foreignKey({ name: 'network_links_to_fk', columns: [table.youthId, table.toId], foreignColumns: [networkEntities.youthId, networkEntities.id] })
      .onDelete('restrict'),
    check('network_links_one_end_is_an_entity', sql`${table.fromId} IS NOT NULL OR ${table.toId} IS NOT NULL`),
  ],
);

/**
 * The graph as last exported from the graph view, for the PDFs. One per youth. `fingerprint`
 * identifies the network state it shows (main/domain/network/graphFingerprint.ts), so a PDF or
 * the graph view can tell that the network changed since.
 */
export const networkGraphImages = sqliteTable('network_graph_images', {
  youthId: text('youth_id')
    .primaryKey()
    .references(() => youths.id, { onDelete: 'restrict' }),
  png: blob('png', { mode: 'buffer' }).notNull(),
  fingerprint: text('fingerprint').notNull(),
  savedAt: text('saved_at').notNull(),
  savedBy: text('saved_by')
    .notNull()
    .references(() => users.id, { onDelete: 'restrict' }),
});
