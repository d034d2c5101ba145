import { and, asc, eq } from 'drizzle-orm';
import type { CatalogueItem, SignalCategory } from '../../preload/contract';
import type { Db } from '../client';
import { signalCatalogueItems, users } from '../schema';

function versions(db: Db) {
  return db
    .select({
      id: signalCatalogueItems.id,
      version: signalCatalogueItems.version,
      category: signalCatalogueItems.category,
      text: signalCatalogueItems.text,
      retiredAt: signalCatalogueItems.retiredAt,
      changedAt: signalCatalogueItems.changedAt,
      changedByName: users.name,
    })
    .from(signalCatalogueItems)
    .leftJoin(users, eq(users.id, signalCatalogueItems.changedBy));
}

/** Each item as it stands (its highest version), retired ones included, in category and text order. */
export function listCurrentCatalogueItems(db: Db): CatalogueItem[] {
  const current = new Map<string, CatalogueItem>();
  for (const row of versions(db).orderBy(asc(signalCatalogueItems.id), asc(signalCatalogueItems.version)).all()) current.set(row.id, row);
  return [...current.values()].sort((a, b) => a.category.localeCompare(b.category) || a.text.localeCompare(b.text, 'nl'));
}

export function findCurrentCatalogueItem(db: Db, id: string): CatalogueItem | undefined {
  return versions(db).where(eq(signalCatalogueItems.id, id)).orderBy(asc(signalCatalogueItems.version)).all().at(-1);
}

export function findCatalogueItemVersion(db: Db, id: string, version: number): CatalogueItem | undefined {
  return versions(db)
    .where(and(eq(signalCatalogueItems.id, id), eq(signalCatalogueItems.version, version)))
    .get();
}

export interface NewCatalogueVersion {
  id: string;
  version: number;
  category: SignalCategory;
  text: string;
  retiredAt: string | null;
  changedAt: string;
  changedBy: string;
}

/** Adds a version; earlier versions stay as they were, for the signals that point at them. */
export function insertCatalogueVersion(db: Db, version: NewCatalogueVersion): void {
  db.insert(signalCatalogueItems).values(version).run();
}
