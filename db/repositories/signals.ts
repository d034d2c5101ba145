import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/sqlite-core';
import type { NewSignal, SignalView } from '../../preload/contract';
import type { Db } from '../client';
import { signalCatalogueItems, signals, users } from '../schema';
import { listCurrentCatalogueItems } from './signalCatalogue';

const correction = alias(signals, 'correction');
const corrector = alias(users, 'corrector');

function signalRows(db: Db) {
  return db
    .select({
      signal: signals,
      recordedByName: users.name,
      item: { id: signalCatalogueItems.id, version: signalCatalogueItems.version, category: signalCatalogueItems.category, text: signalCatalogueItems.text },
      correction: { id: correction.id, recordedAt: correction.recordedAt, recordedByName: corrector.name },
    })
    .from(signals)
    .innerJoin(users, eq(users.id, signals.recordedBy))
    .leftJoin(signalCatalogueItems, and(eq(signalCatalogueItems.id, signals.catalogueItemId), eq(signalCatalogueItems.version, signals.catalogueItemVersion)))
    .leftJoin(correction, eq(correction.supersedes, signals.id))
    .leftJoin(corrector, eq(corrector.id, correction.recordedBy));
}

type SignalRow = ReturnType<ReturnType<typeof signalRows>['all']>[number];

/** The correction's columns come from two left joins; every correction has its recorder. */
function supersededBy(correction: SignalRow['correction']): SignalView['supersededBy'] {
  if (!correction?.id || !correction.recordedAt || correction.recordedByName === null) return null;
  return { id: correction.id, recordedAt: correction.recordedAt, recordedByName: correction.recordedByName };
}

/** `retiredIds`: catalogue items no longer offered, so the overview can say the item was retired. */
function toView(row: SignalRow, retiredIds: ReadonlySet<string>): SignalView {
  const { signal, item } = row;
  return {
    id: signal.id,
    youthId: signal.youthId,
    catalogueItem: item ? { ...item, retired: retiredIds.has(item.id) } : null,
    freeText: signal.freeText,
    category: item?.category ?? signal.freeTextCategory,
    kind: signal.kind,
    sourceType: signal.sourceType,
    sourceName: signal.sourceName,
    direction: signal.direction,
    sourceReliability: signal.sourceReliability,
    informationCredibility: signal.informationCredibility,
    date: signal.date,
    description: signal.description,
    recordedAt: signal.recordedAt,
    recordedByName: row.recordedByName,
    supersedes: signal.supersedes,
    supersededBy: supersededBy(row.correction),
  };
}

function retiredItemIds(db: Db): Set<string> {
  return new Set(listCurrentCatalogueItems(db).filter((item) => item.retiredAt !== null).map((item) => item.id));
}

/** Every signal of the youth, corrected ones included, newest date first (then newest recorded). */
export function listSignals(db: Db, youthId: string): SignalView[] {
  const retired = retiredItemIds(db);
  return signalListQuery(db, youthId)
    .all()
    .map((row) => toView(row, retired));
}

/** Exported for the query-plan test: it walks signals_youth_date_idx without a sort. */
export function signalListQuery(db: Db, youthId: string) {
  return signalRows(db).where(eq(signals.youthId, youthId)).orderBy(desc(signals.date), desc(signals.recordedAt));
}

export function findSignal(db: Db, id: string): SignalView | undefined {
  const row = signalRows(db).where(eq(signals.id, id)).get();
  return row ? toView(row, retiredItemIds(db)) : undefined;
}

export type SignalRecord = Omit<NewSignal, 'catalogueItemId'> & {
  catalogueItem: { id: string; version: number } | null;
  supersedes: string | null;
  recordedAt: string;
  recordedBy: string;
};

/** Appends the signal; a correction names the signal it supersedes. Returns the new id. */
export function insertSignal(db: Db, record: SignalRecord): string {
  const id = randomUUID();
  db.insert(signals)
    .values({
      id,
      youthId: record.youthId,
      catalogueItemId: record.catalogueItem?.id ?? null,
      catalogueItemVersion: record.catalogueItem?.version ?? null,
      freeText: record.freeText,
      freeTextCategory: record.freeTextCategory,
      kind: record.kind,
      sourceType: record.sourceType,
      sourceName: record.sourceName,
      direction: record.direction,
      sourceReliability: record.sourceReliability,
      informationCredibility: record.informationCredibility,
      date: record.date,
      description: record.description,
      supersedes: record.supersedes,
      recordedAt: record.recordedAt,
      recordedBy: record.recordedBy,
    })
    .run();
  return id;
}
