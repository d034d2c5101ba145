import { count } from 'drizzle-orm';
import type { Db } from '../client';
import { locations, users, youths } from '../schema';

/** Row counts per table, for checks after a backup, a restore or `admin verify`. */
export function countRows(db: Db): Record<string, number> {
  const tables = { users, locations, youths };
  return Object.fromEntries(
    Object.entries(tables).map(([name, table]) => [name, db.select({ n: count() }).from(table).get()?.n ?? 0]),
  );
}
