import { sql } from 'drizzle-orm';
import { check, foreignKey, index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import type { SignalCategory, SignalDirection, SignalKind, SignalSourceType, SourceReliability } from '../../preload/contract';
import { users } from './users';
import { youths } from './youths';

/**
 * Every version of every catalogue item, never updated: an edit or a retirement adds the next
 * version, and the highest version is the item as it stands. The shipped defaults are version 1
 * (migration 0008); what administrators change later are new rows, never migration changes.
 * Append-only, enforced by triggers (migration 0008).
 */
export const signalCatalogueItems = sqliteTable(
  'signal_catalogue_items',
  {
    id: text('id').notNull(),
    version: integer('version').notNull(),
    category: text('category').$type<SignalCategory>().notNull(),
    text: text('text').notNull(),
    retiredAt: text('retired_at'),
    changedAt: text('changed_at').notNull(),
    /** Null for the shipped defaults. */
    changedBy: text('changed_by').references(() => users.id, { onDelete: 'restrict' }),
  },
  (table) => [primaryKey({ columns: [table.id, table.version] })],
);

/**
 * A youth's signals (domain.md §2), never updated: a correction is a new signal that names the
 * one it supersedes. Append-only, enforced by triggers (migration 0008).
 */
export const signals = sqliteTable(
  'signals',
  {
    id: text('id').primaryKey(),
    youthId: text('youth_id')
      .notNull()
      .references(() => youths.id, { onDelete: 'restrict' }),
    catalogueItemId: text('catalogue_item_id'),
    catalogueItemVersion: integer('catalogue_item_version'),
    freeText: text('free_text').notNull(),
    /** A free-text signal's category, so filters find it; null on catalogue signals (their item has one) and on free text recorded before migration 0009. */
    freeTextCategory: text('free_text_category').$type<SignalCategory>(),
    kind: text('kind').$type<SignalKind>().notNull(),
    sourceType: text('source_type').$type<SignalSourceType>().notNull(),
    sourceName: text('source_name').notNull(),
    direction: text('direction').$type<SignalDirection>().notNull(),
    sourceReliability: text('source_reliability').$type<SourceReliability>(),
    informationCredibility: integer('information_credibility'),
    date: text('date').notNull(),
    description: text('description').notNull(),
    supersedes: text('supersedes'),
    recordedAt: text('recorded_at').notNull(),
    recordedBy: text('recorded_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
  },
  (table) => [
    foreignKey({ columns: [table.catalogueItemId, table.catalogueItemVersion], foreignColumns: [signalCatalogueItems.id, signalCatalogueItems.version] }).onDelete('restrict'),
    foreignKey({ columns: [table.supersedes], foreignColumns: [table.id] }).onDelete('restrict'),
    // A signal is corrected once; a later correction corrects the correction.
    uniqueIndex('signals_supersedes_unique').on(table.supersedes),
    // The overview lists a youth's signals newest date first, newest recorded first within a day.
    index('signals_youth_date_idx').on(table.youthId, table.date, table.recordedAt),
    check(
      'signals_item_or_free_text',
      sql`(${table.catalogueItemId} is not null and ${table.catalogueItemVersion} is not null and ${table.freeText} = '') or (${table.catalogueItemId} is null and ${table.catalogueItemVersion} is null and ${table.freeText} <> '')`,
    ),
  ],
);
