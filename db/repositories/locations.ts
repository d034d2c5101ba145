import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Location } from '../../preload/contract';
import type { Db } from '../client';
import { locations } from '../schema';
import { nameKey } from './users';

export function listLocations(db: Db): Location[] {
  return db.select({ id: locations.id, name: locations.name }).from(locations).orderBy(asc(locations.nameKey)).all();
}

/** Locations are picked by name in the youth form; an unknown name becomes a new location. */
export function findOrCreateLocation(db: Db, name: string, now: string): Location {
  const key = nameKey(name);
  const existing = db.select({ id: locations.id, name: locations.name }).from(locations).where(eq(locations.nameKey, key)).get();
  if (existing) return existing;
  const row = { id: randomUUID(), name: name.trim(), nameKey: key, createdAt: now };
  db.insert(locations).values(row).run();
  return { id: row.id, name: row.name };
}
