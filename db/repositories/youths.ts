import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { Youth } from '../../preload/contract';
import type { Db } from '../client';
import { locations, youths } from '../schema';

export interface YouthRow {
  firstName: string;
  lastName: string;
  dateOfBirth: string;
  locationId: string;
}

/** Selected in this order; `toYouth` reads the row arrays in the same order. */
const youthColumns = {
  id: youths.id,
  firstName: youths.firstName,
  lastName: youths.lastName,
  dateOfBirth: youths.dateOfBirth,
  locationId: youths.locationId,
  locationName: locations.name,
  createdAt: youths.createdAt,
};

/**
 * Row arrays mapped by hand: drizzle's generic per-row mapping made the 10,000-row list about
 * 1.5–2× slower than raw better-sqlite3 (see `npm run bench`); this keeps it near 1×.
 */
function toYouth(row: unknown[]): Youth {
  const [id, firstName, lastName, dateOfBirth, locationId, locationName, createdAt] = row as string[];
  return { id: id!, firstName: firstName!, lastName: lastName!, dateOfBirth: dateOfBirth!, locationId: locationId!, locationName: locationName!, createdAt: createdAt! };
}

export function insertYouth(db: Db, youth: YouthRow, by: { userId: string; now: string }): string {
  const id = randomUUID();
  db.insert(youths)
    .values({ id, ...youth, createdAt: by.now, createdBy: by.userId, updatedAt: by.now })
    .run();
  return id;
}

export function getYouth(db: Db, id: string): Youth | undefined {
  const [row] = db
    .select(youthColumns)
    .from(youths)
    .innerJoin(locations, eq(locations.id, youths.locationId))
    .where(eq(youths.id, id))
    .values();
  return row ? toYouth(row) : undefined;
}

/** Ordered by the `youths_name_idx` index, so the list needs no sort step (see its query-plan test). */
export function youthListQuery(db: Db) {
  return db
    .select(youthColumns)
    .from(youths)
    .innerJoin(locations, eq(locations.id, youths.locationId))
    .orderBy(asc(youths.lastName), asc(youths.firstName));
}

export function listYouths(db: Db): Youth[] {
  return youthListQuery(db).values().map(toYouth);
}
