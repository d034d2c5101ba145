import { and, asc, count, desc, eq, getTableColumns, gt, gte, inArray, lt, lte, max, sql, type SQL } from 'drizzle-orm';
import type { AccessAction } from '../../preload/contract';
import type { Db } from '../client';
import { preparedQuery } from '../preparedQuery';
import { accessLog } from '../schema';

export type AccessLogRow = typeof accessLog.$inferSelect;

/**
 * Insert and read only: the log has no update or delete here (and triggers refuse them).
 * The caller chains the entry (seq, hashes) inside the same transaction as the action.
 */
const columnNames = Object.keys(getTableColumns(accessLog));

export function insertAccessLogRow(db: Db, row: AccessLogRow): void {
  preparedQuery(db, 'accessLog.insert', (d) =>
    d
      .insert(accessLog)
      .values(Object.fromEntries(columnNames.map((name) => [name, sql.placeholder(name)])) as unknown as AccessLogRow)
      .prepare(),
  ).run(row);
}

export function lastAccessLogRow(db: Db): Pick<AccessLogRow, 'seq' | 'hash' | 'at'> | undefined {
  return preparedQuery(db, 'accessLog.last', (d) =>
    d.select({ seq: accessLog.seq, hash: accessLog.hash, at: accessLog.at }).from(accessLog).orderBy(desc(accessLog.seq)).limit(1).prepare(),
  ).get();
}

/**
 * The latest time any entry carries (not the newest entry's: after the clock was set back, new
 * entries carry earlier times). Served by the `at` index.
 */
export function latestAccessLogTime(db: Db): string | undefined {
  return preparedQuery(db, 'accessLog.latestAt', (d) => d.select({ at: max(accessLog.at) }).from(accessLog).prepare()).get()?.at ?? undefined;
}

/** The newest entry of a save of the youth's own data (added or changed): who saved it meanwhile, and when. */
export function lastYouthSave(db: Db, youthId: string): Pick<AccessLogRow, 'at' | 'userName'> | undefined {
  return db
    .select({ at: accessLog.at, userName: accessLog.userName })
    .from(accessLog)
    .where(and(eq(accessLog.youthId, youthId), eq(accessLog.objectType, 'youth'), inArray(accessLog.action, ['create', 'change'])))
    .orderBy(desc(accessLog.seq))
    .limit(1)
    .get();
}

export function accessLogForYouth(db: Db, youthId: string, limit = 500): AccessLogRow[] {
  return db.select().from(accessLog).where(eq(accessLog.youthId, youthId)).orderBy(desc(accessLog.seq)).limit(limit).all();
}

export interface AccessLogQuery {
  /** ISO timestamps, `from` inclusive and `until` exclusive. */
  from?: string;
  until?: string;
  userName?: string;
  action?: AccessAction;
  youthId?: string;
  upToSeq?: number;
}

function queryCondition(query: AccessLogQuery): SQL | undefined {
  return and(
    query.from ? gte(accessLog.at, query.from) : undefined,
    query.until ? lt(accessLog.at, query.until) : undefined,
    query.userName ? sql`lower(${accessLog.userName}) = lower(${query.userName})` : undefined,
    query.action ? eq(accessLog.action, query.action) : undefined,
    query.youthId ? eq(accessLog.youthId, query.youthId) : undefined,
    query.upToSeq !== undefined ? lte(accessLog.seq, query.upToSeq) : undefined,
  );
}

export function searchAccessLog(db: Db, query: AccessLogQuery, page: { limit: number; offset: number }): { rows: AccessLogRow[]; total: number } {
  const where = queryCondition(query);
  const rows = db.select().from(accessLog).where(where).orderBy(desc(accessLog.seq)).limit(page.limit).offset(page.offset).all();
  const total = db.select({ n: count() }).from(accessLog).where(where).get()?.n ?? 0;
  return { rows, total };
}

/**
 * Every matching entry, oldest first, read in chunks by sequence number so memory stays flat
 * however long the log is: for CSV export and chain verification.
 */
export function* iterateAccessLog(db: Db, query: AccessLogQuery = {}, chunk = 2000): Generator<AccessLogRow> {
  let after = 0;
  for (;;) {
    const rows = db
      .select()
      .from(accessLog)
      .where(and(gt(accessLog.seq, after), queryCondition(query)))
      .orderBy(asc(accessLog.seq))
      .limit(chunk)
      .all();
    yield* rows;
    if (rows.length < chunk) return;
    after = rows[rows.length - 1]!.seq;
  }
}
