import { randomUUID } from 'node:crypto';
import { and, asc, eq, getTableColumns, inArray, or } from 'drizzle-orm';
import type { GraphPosition, NetworkContent, NetworkEntity, NetworkLink, SaveEntity, SaveLink } from '../../preload/contract';
import type { Db } from '../client';
import { networkEntities, networkGraphImages, networkLinks } from '../schema';
import { storedJson, type ReportUnreadable } from '../storedDocument';
import { readEntityDetails } from './storedEntityDetails';

/** What is saved about an entity besides who made it and when: the input, and the label made from it. */
export type EntityRow = Pick<SaveEntity, 'details' | 'source' | 'observedOn' | 'notes' | 'atRisk' | 'shareWithPolice'> & Pick<NetworkEntity, 'label'>;

/** A null end is the youth. */
export type LinkRow = Pick<SaveLink, 'fromId' | 'toId' | 'type' | 'rating' | 'source' | 'observedOn' | 'notes'>;

interface By {
  userId: string;
  now: string;
}

/** An entity's columns, with its details as stored: readEntityDetails decides what they say. */
const entityColumns = { ...getTableColumns(networkEntities), details: storedJson(networkEntities.details) };
type EntityRecord = Omit<typeof networkEntities.$inferSelect, 'details'> & { details: unknown };
type LinkRecord = typeof networkLinks.$inferSelect;

function toEntity(row: EntityRecord, report?: ReportUnreadable): NetworkEntity {
  return {
    id: row.id,
    youthId: row.youthId,
    kind: row.kind,
    label: row.label,
    details: readEntityDetails(row, report),
    source: row.source,
    observedOn: row.observedOn,
    notes: row.notes,
    atRisk: row.atRisk,
    shareWithPolice: row.shareWithPolice,
    position: row.x === null || row.y === null ? null : { x: row.x, y: row.y },
    updatedAt: row.updatedAt,
  };
}

function toLink(row: LinkRecord): NetworkLink {
  return {
    id: row.id,
    youthId: row.youthId,
    fromId: row.fromId,
    toId: row.toId,
    type: row.type,
    rating: row.rating,
    source: row.source,
    observedOn: row.observedOn,
    notes: row.notes,
    updatedAt: row.updatedAt,
  };
}

/** Entities as stored (a position may be missing), oldest first: the order the app places them in. */
export function listEntities(db: Db, youthId: string, report?: ReportUnreadable): NetworkEntity[] {
  return db
    .select(entityColumns)
    .from(networkEntities)
    .where(eq(networkEntities.youthId, youthId))
    .orderBy(asc(networkEntities.createdAt), asc(networkEntities.id))
    .all()
    .map((row) => toEntity(row, report));
}

export function listLinks(db: Db, youthId: string): NetworkLink[] {
  return db.select().from(networkLinks).where(eq(networkLinks.youthId, youthId)).orderBy(asc(networkLinks.createdAt), asc(networkLinks.id)).all().map(toLink);
}

/** The youth's whole network as stored, oldest first; an entity never placed has no position (main places it). */
export function getNetwork(db: Db, youthId: string, report?: ReportUnreadable): NetworkContent {
  return { entities: listEntities(db, youthId, report), links: listLinks(db, youthId) };
}

export function findEntity(db: Db, id: string, report?: ReportUnreadable): NetworkEntity | undefined {
  const row = db.select(entityColumns).from(networkEntities).where(eq(networkEntities.id, id)).get();
  return row ? toEntity(row, report) : undefined;
}

/** Which youth each of these entities belongs to; ids that do not exist are missing from the map. */
export function entityOwners(db: Db, ids: readonly string[]): Map<string, string> {
  const rows = db.select({ id: networkEntities.id, youthId: networkEntities.youthId }).from(networkEntities).where(inArray(networkEntities.id, [...ids])).all();
  return new Map(rows.map((row) => [row.id, row.youthId]));
}

export function insertEntity(db: Db, youthId: string, entity: EntityRow, position: GraphPosition, by: By): string {
  const id = randomUUID();
  db.insert(networkEntities)
    .values({ id, youthId, kind: entity.details.kind, ...entity, x: position.x, y: position.y, createdAt: by.now, createdBy: by.userId, updatedAt: by.now })
    .run();
  return id;
}

/** Changes the content; the position is only changed when one is given. */
export function updateEntity(db: Db, id: string, entity: EntityRow, position: GraphPosition | null, now: string): void {
  db.update(networkEntities)
    .set({ kind: entity.details.kind, ...entity, ...(position ? { x: position.x, y: position.y } : {}), updatedAt: now })
    .where(eq(networkEntities.id, id))
    .run();
}

/** Refused by the database (foreign key, restrict) while a link still ends at the entity. */
export function deleteEntityRow(db: Db, id: string): void {
  db.delete(networkEntities).where(eq(networkEntities.id, id)).run();
}

/** Layout only: the content and its `updatedAt` stay as they are. Ids of other youths are ignored. */
export function updateEntityPositions(db: Db, youthId: string, positions: readonly { id: string; position: GraphPosition }[]): void {
  for (const { id, position } of positions) {
    db.update(networkEntities)
      .set({ x: position.x, y: position.y })
      .where(and(eq(networkEntities.id, id), eq(networkEntities.youthId, youthId)))
      .run();
  }
}

export function findLink(db: Db, id: string): NetworkLink | undefined {
  const row = db.select().from(networkLinks).where(eq(networkLinks.id, id)).get();
  return row ? toLink(row) : undefined;
}

export function linksTouching(db: Db, entityId: string): NetworkLink[] {
  return db
    .select()
    .from(networkLinks)
    .where(or(eq(networkLinks.fromId, entityId), eq(networkLinks.toId, entityId)))
    .orderBy(asc(networkLinks.createdAt), asc(networkLinks.id))
    .all()
    .map(toLink);
}

export function insertLink(db: Db, youthId: string, link: LinkRow, by: By): string {
  const id = randomUUID();
  db.insert(networkLinks)
    .values({ id, youthId, ...link, createdAt: by.now, createdBy: by.userId, updatedAt: by.now })
    .run();
  return id;
}

export function updateLink(db: Db, id: string, link: Partial<LinkRow>, now: string): void {
  db.update(networkLinks)
    .set({ ...link, updatedAt: now })
    .where(eq(networkLinks.id, id))
    .run();
}

export function deleteLinks(db: Db, ids: readonly string[]): void {
  if (ids.length) db.delete(networkLinks).where(inArray(networkLinks.id, [...ids])).run();
}

/** One image per youth: a new export replaces the previous one. */
export function upsertGraphImage(db: Db, youthId: string, image: { png: Buffer; fingerprint: string }, by: By): void {
  const values = { ...image, savedAt: by.now, savedBy: by.userId };
  db.insert(networkGraphImages)
    .values({ youthId, ...values })
    .onConflictDoUpdate({ target: networkGraphImages.youthId, set: values })
    .run();
}

export function getGraphImage(db: Db, youthId: string): { png: Buffer; fingerprint: string; savedAt: string; savedBy: string } | undefined {
  return db
    .select({ png: networkGraphImages.png, fingerprint: networkGraphImages.fingerprint, savedAt: networkGraphImages.savedAt, savedBy: networkGraphImages.savedBy })
    .from(networkGraphImages)
    .where(eq(networkGraphImages.youthId, youthId))
    .get();
}

/** When the image was saved and what it shows, without reading the image itself. */
export function getGraphImageStamp(db: Db, youthId: string): { savedAt: string; fingerprint: string } | undefined {
  return db
    .select({ savedAt: networkGraphImages.savedAt, fingerprint: networkGraphImages.fingerprint })
    .from(networkGraphImages)
    .where(eq(networkGraphImages.youthId, youthId))
    .get();
}
