import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type { AccessAction, AccessObject, Role } from '../../preload/contract';

/**
 * The access log (NEN 7513): append-only, enforced by triggers (migration 0002), and chained:
 * each row's hash covers its fields and the previous row's hash. No foreign keys, so an entry
 * outlives whatever it is about.
 */
export const accessLog = sqliteTable(
  'access_log',
  {
    seq: integer('seq').primaryKey(),
    at: text('at').notNull(),
    userId: text('user_id'),
    userName: text('user_name'),
    role: text('role').$type<Role>(),
    action: text('action').$type<AccessAction>().notNull(),
    objectType: text('object_type').$type<AccessObject>().notNull(),
    objectId: text('object_id'),
    youthId: text('youth_id'),
    workstation: text('workstation').notNull(),
    reason: text('reason'),
    details: text('details'),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [index('access_log_youth_idx').on(table.youthId, table.seq), index('access_log_at_idx').on(table.at)],
);
