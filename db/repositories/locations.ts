import { randomUUID } from 'node:crypto';
import { asc, eq, inArray } from 'drizzle-orm';
import type { Location } from '../../preload/contract';
import type { Db } from '../client';
import { locations } from '../schema';
import { nameKey } from './users';

export function listLocations(db: Db, onlyIds?: readonly string[]): Location[] {
  const query = db.select({ id: locations.id, name: locations.name }).from(locations);
  const filtered = onlyIds ? query.where(inArray(locations.id, [...onlyIds])) : query;
  return filtered.orderBy(asc(locations.nameKey)).all();
}

export function findLocationByName(db: Db, name: string): Location | undefined {
  return db.select({ id: locations.id, name: locations.name }).from(locations).where(eq(locations.nameKey, nameKey(name))).get();
}

export function insertLocation(db: Db, name: string, now: string): Location {
  const row = { id: randomUUID(), name: name.trim(), nameKey: nameKey(name), createdAt: now };
  db.insert(locations).values(row).run();
  return { id: row.id, name: row.name };
}

export function locationExists(db: Db, id: string): boolean {
  return db.select({ id: locations.id }).from(locations).where(eq(locations.id, id)).get() !== undefined;
}
