import { randomUUID } from 'node:crypto';
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import type { Account, Role, SessionUser } from '../../preload/contract';
import type { Db } from '../client';
import { preparedQuery } from '../preparedQuery';
import { userLocations, users } from '../schema';

export function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase('nl-NL');
}

export interface NewUserRow {
  id?: string;
  name: string;
  role: Role;
  now: string;
  locationIds?: readonly string[];
  mustChangePassword?: boolean;
}

export function insertUser(db: Db, user: NewUserRow): SessionUser {
  const row = {
    id: user.id ?? randomUUID(),
    name: user.name.trim(),
    nameKey: nameKey(user.name),
    role: user.role,
    createdAt: user.now,
    mustChangePassword: user.mustChangePassword ?? false,
  };
  db.insert(users).values(row).run();
  setUserLocations(db, row.id, user.locationIds ?? []);
  return { id: row.id, name: row.name, role: row.role };
}

export function isNameTaken(db: Db, name: string): boolean {
  return db.select({ id: users.id }).from(users).where(eq(users.nameKey, nameKey(name))).get() !== undefined;
}

export function findActiveUserByName(db: Db, name: string): SessionUser | undefined {
  const row = db
    .select({ id: users.id, name: users.name, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.nameKey, nameKey(name)))
    .get();
  if (!row || row.disabledAt) return undefined;
  return { id: row.id, name: row.name, role: row.role };
}

export function findAccount(db: Db, id: string): Account | undefined {
  const row = db.select().from(users).where(eq(users.id, id)).get();
  if (!row) return undefined;
  return {
    id: row.id,
    name: row.name,
    role: row.role,
    locationIds: userLocationIds(db, row.id),
    createdAt: row.createdAt,
    disabledAt: row.disabledAt,
    mustChangePassword: row.mustChangePassword,
  };
}

export function listAccounts(db: Db): Account[] {
  const memberships = db.select().from(userLocations).all();
  const byUser = new Map<string, string[]>();
  for (const { userId, locationId } of memberships) byUser.set(userId, [...(byUser.get(userId) ?? []), locationId]);
  return db
    .select()
    .from(users)
    .orderBy(asc(users.nameKey))
    .all()
    .map((row) => ({
      id: row.id,
      name: row.name,
      role: row.role,
      locationIds: byUser.get(row.id) ?? [],
      createdAt: row.createdAt,
      disabledAt: row.disabledAt,
      mustChangePassword: row.mustChangePassword,
    }));
}

export function userLocationIds(db: Db, userId: string): string[] {
  return preparedQuery(db, 'users.locationIds', (d) =>
    d.select({ locationId: userLocations.locationId }).from(userLocations).where(eq(userLocations.userId, sql.placeholder('userId'))).prepare(),
  )
    .all({ userId })
    .map((row) => row.locationId);
}

export function setUserLocations(db: Db, userId: string, locationIds: readonly string[]): void {
  db.delete(userLocations).where(eq(userLocations.userId, userId)).run();
  const unique = [...new Set(locationIds)];
  if (unique.length > 0) db.insert(userLocations).values(unique.map((locationId) => ({ userId, locationId }))).run();
}

export function updateUser(db: Db, id: string, change: Partial<{ role: Role; disabledAt: string | null; mustChangePassword: boolean }>): void {
  db.update(users).set(change).where(eq(users.id, id)).run();
}

export function mustChangePassword(db: Db, userId: string): boolean {
  return db.select({ flag: users.mustChangePassword }).from(users).where(eq(users.id, userId)).get()?.flag ?? false;
}

export function countActiveAdministrators(db: Db): number {
  return (
    db
      .select({ n: count() })
      .from(users)
      .where(and(eq(users.role, 'administrator'), isNull(users.disabledAt)))
      .get()?.n ?? 0
  );
}
