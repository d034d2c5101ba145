import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
import type { SocialMapEntry, SocialMapKind } from '../../preload/contract';
import type { Db } from '../client';
import { socialMapEntries, users } from '../schema';

function entryRows(db: Db) {
  return db
    .select({
      id: socialMapEntries.id,
      kind: socialMapEntries.kind,
      name: socialMapEntries.name,
      phone: socialMapEntries.phone,
      note: socialMapEntries.note,
      shipped: socialMapEntries.shipped,
      changedAt: socialMapEntries.changedAt,
      changedByName: users.name,
    })
    .from(socialMapEntries)
    .leftJoin(users, eq(users.id, socialMapEntries.changedBy));
}

const toEntry = (row: ReturnType<ReturnType<typeof entryRows>['all']>[number]): SocialMapEntry => ({
  id: row.id,
  kind: row.kind,
  name: row.name,
  phone: row.phone,
  note: row.note,
  shipped: row.shipped,
  changedAt: row.changedAt,
  changedByName: row.changedByName,
});

/** Every contact; the caller orders them for the screen. */
export function listSocialMap(db: Db): SocialMapEntry[] {
  return entryRows(db).orderBy(asc(socialMapEntries.name)).all().map(toEntry);
}

export function findSocialMapEntry(db: Db, id: string): SocialMapEntry | undefined {
  const row = entryRows(db).where(eq(socialMapEntries.id, id)).get();
  return row ? toEntry(row) : undefined;
}

export interface SocialMapFields {
  kind: SocialMapKind;
  name: string;
  phone: string;
  note: string;
}

export function insertSocialMapEntry(db: Db, fields: SocialMapFields, by: { userId: string; now: string }): string {
  const id = randomUUID();
  db.insert(socialMapEntries)
    .values({ id, ...fields, shipped: false, changedAt: by.now, changedBy: by.userId })
    .run();
  return id;
}

export function updateSocialMapEntry(db: Db, id: string, fields: SocialMapFields, by: { userId: string; now: string }): void {
  db.update(socialMapEntries)
    .set({ ...fields, changedAt: by.now, changedBy: by.userId })
    .where(eq(socialMapEntries.id, id))
    .run();
}

/** Shipped entries are refused by a trigger as well (migration 0010). */
export function deleteSocialMapEntry(db: Db, id: string): void {
  db.delete(socialMapEntries).where(eq(socialMapEntries.id, id)).run();
}
