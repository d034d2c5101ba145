import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray, notInArray, or, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import { emptyYouthProfile, storedYouthProfileSchema, type Youth, type YouthProfile } from '../../preload/contract';
import type { Db } from '../client';
import { preparedQuery } from '../preparedQuery';
import { locations, youths } from '../schema';
import { readStoredSections, storedJson, type ReportUnreadable, type SectionedRead } from '../storedDocument';

export interface YouthRow {
  firstName: string;
  lastName: string;
  alias: string;
  dateOfBirth: string;
  locationId: string;
  profile: YouthProfile;
}

/** Selected in this order; `toYouth` reads the row arrays in the same order. */
const youthColumns = {
  id: youths.id,
  firstName: youths.firstName,
  lastName: youths.lastName,
  alias: youths.alias,
  dateOfBirth: youths.dateOfBirth,
  locationId: youths.locationId,
  locationName: locations.name,
  createdAt: youths.createdAt,
  updatedAt: youths.updatedAt,
};

/**
 * Row arrays mapped by hand: drizzle's generic per-row mapping made the 10,000-row list about
 * 1.5–2× slower than raw better-sqlite3 (see `npm run bench`); this keeps it near 1×.
 */
function toYouth(row: unknown[]): Youth {
  const [id, firstName, lastName, alias, dateOfBirth, locationId, locationName, createdAt, updatedAt] = row as string[];
  return {
    id: id!,
    firstName: firstName!,
    lastName: lastName!,
    alias: alias!,
    dateOfBirth: dateOfBirth!,
    locationId: locationId!,
    locationName: locationName!,
    createdAt: createdAt!,
    updatedAt: updatedAt!,
  };
}

/** A youth may be added before anything beyond the basic data is known. */
export type NewYouthRow = Omit<YouthRow, 'alias' | 'profile'> & Partial<Pick<YouthRow, 'alias' | 'profile'>>;

export function insertYouth(db: Db, youth: NewYouthRow, by: { userId: string; now: string }): string {
  const id = randomUUID();
  db.insert(youths)
    .values({
      id,
      firstName: youth.firstName,
      lastName: youth.lastName,
      alias: youth.alias ?? '',
      dateOfBirth: youth.dateOfBirth,
      locationId: youth.locationId,
      profile: youth.profile ?? null,
      createdAt: by.now,
      createdBy: by.userId,
      updatedAt: by.now,
    })
    .run();
  return id;
}

/** The whole row: the profile is saved as one document, as the file's form edits it. */
export function updateYouth(db: Db, id: string, youth: YouthRow, now: string): void {
  db.update(youths)
    .set({
      firstName: youth.firstName,
      lastName: youth.lastName,
      alias: youth.alias,
      dateOfBirth: youth.dateOfBirth,
      locationId: youth.locationId,
      profile: youth.profile,
      updatedAt: now,
    })
    .where(eq(youths.id, id))
    .run();
}

/**
 * Parsed on the way out too, without today's rules: a profile saved by an older version gains the
 * new fields with their defaults, a youth added before profiles existed reads as an empty one, and
 * a value a later rule refuses still reads. Read per section: a section that is not one reads as
 * empty and is named in `unreadableSections`, so a save can refuse to replace it unasked.
 */
export function getYouthProfile(db: Db, id: string, report?: ReportUnreadable): SectionedRead<YouthProfile> {
  const row = db.select({ profile: storedJson(youths.profile) }).from(youths).where(eq(youths.id, id)).get();
  return readStoredSections('youthProfile', storedYouthProfileSchema, row?.profile ?? {}, emptyYouthProfile, report);
}

export function getYouth(db: Db, id: string): Youth | undefined {
  const [row] = preparedQuery(db, 'youths.get', (d) =>
    d
      .select(youthColumns)
      .from(youths)
      .innerJoin(locations, eq(locations.id, youths.locationId))
      .where(eq(youths.id, sql.placeholder('id')))
      .prepare(),
  ).values({ id });
  return row ? toYouth(row) : undefined;
}

/** Which youths a list may hold: all, or those of some locations plus some single youths. */
export type YouthScope = { all: true } | { all: false; locationIds: readonly string[]; youthIds: readonly string[] };

/** The WHERE condition for a scope over `youths`; other lists over visible youths reuse it. */
export function scopeCondition(scope: YouthScope): SQL | undefined {
  if (scope.all) return undefined;
  return or(inArray(youths.locationId, [...scope.locationIds]), inArray(youths.id, [...scope.youthIds])) ?? sql`0`;
}

/** Ordered by the `youths_name_idx` index, so the list needs no sort step (see its query-plan test). */
export function youthListQuery(db: Db, scope: YouthScope = { all: true }) {
  return db
    .select(youthColumns)
    .from(youths)
    .innerJoin(locations, eq(locations.id, youths.locationId))
    .where(scopeCondition(scope))
    .orderBy(asc(youths.lastName), asc(youths.firstName));
}

export function listYouths(db: Db, scope: YouthScope = { all: true }): Youth[] {
  return youthListQuery(db, scope).values().map(toYouth);
}

/** Youths outside the given locations whose first name, last name or roepnaam contains the query. */
export function searchYouthsOutside(db: Db, query: string, locationIds: readonly string[], limit = 20): Youth[] {
  const pattern = `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const contains = (text: SQLWrapper) => sql`${text} LIKE ${pattern} ESCAPE '\\'`;
  const nameMatches = or(
    contains(youths.firstName),
    contains(youths.lastName),
    contains(youths.alias),
    contains(sql`${youths.firstName} || ' ' || ${youths.lastName}`),
  );
  return db
    .select(youthColumns)
    .from(youths)
    .innerJoin(locations, eq(locations.id, youths.locationId))
    .where(and(nameMatches, notInArray(youths.locationId, [...locationIds])))
    .orderBy(asc(youths.lastName), asc(youths.firstName))
    .limit(limit)
    .values()
    .map(toYouth);
}
