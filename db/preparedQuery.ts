import type { Db } from './client';

const caches = new WeakMap<Db, Map<string, unknown>>();

/**
 * A drizzle query built and prepared once per connection, for the hot paths (every file open
 * writes an access-log entry): building a query costs far more than running it.
 */
export function preparedQuery<T>(db: Db, key: string, build: (db: Db) => T): T {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  let query = cache.get(key) as T | undefined;
  if (query === undefined) cache.set(key, (query = build(db)));
  return query;
}
