import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { DisclosureDocument, DisclosureOutput, LegalGround } from '../../preload/contract/disclosures';
import { users } from './users';
import { youths } from './youths';

/**
 * The disclosure register (verstrekkingenregister): every file that left the app, with a hash of
 * exactly what left. Append-only (triggers in migration 0006).
 */
export const disclosures = sqliteTable(
  'disclosures',
  {
    id: text('id').primaryKey(),
    youthId: text('youth_id')
      .notNull()
      .references(() => youths.id, { onDelete: 'restrict' }),
    document: text('document').$type<DisclosureDocument>().notNull(),
    /** The record it was made from, e.g. the missing episode. */
    sourceId: text('source_id'),
    output: text('output').$type<DisclosureOutput>().notNull(),
    recipient: text('recipient').notNull(),
    /** The person at the recipient, where known (e.g. the officer who took the report); '' otherwise. */
    recipientPerson: text('recipient_person').notNull(),
    purpose: text('purpose').notNull(),
    legalGround: text('legal_ground').$type<LegalGround>().notNull(),
    /** The data categories in the file, as their Dutch headings. */
    categories: text('categories', { mode: 'json' }).$type<string[]>().notNull(),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    disclosedAt: text('disclosed_at').notNull(),
    disclosedBy: text('disclosed_by')
      .notNull()
      .references(() => users.id, { onDelete: 'restrict' }),
  },
  (table) => [index('disclosures_youth_idx').on(table.youthId, table.disclosedAt), index('disclosures_at_idx').on(table.disclosedAt)],
);
