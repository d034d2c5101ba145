import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Role, SessionUser } from '../../preload/contract';
import type { Db } from '../client';
import { users } from '../schema';

export function nameKey(name: string): string {
  return name.trim().toLocaleLowerCase('nl-NL');
}

export function insertUser(db: Db, user: { id?: string; name: string; role: Role; now: string }): SessionUser {
  const row = {
    id: user.id ?? randomUUID(),
    name: user.name.trim(),
    nameKey: nameKey(user.name),
    role: user.role,
    createdAt: user.now,
  };
  db.insert(users).values(row).run();
  return { id: row.id, name: row.name, role: row.role };
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
