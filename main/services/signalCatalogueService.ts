import { randomUUID } from 'node:crypto';
import { findCurrentCatalogueItem, insertCatalogueVersion, listCurrentCatalogueItems } from '../../db/repositories/signalCatalogue';
import type { Db } from '../../db/client';
import type { CatalogueItem, SaveCatalogueItem } from '../../preload/contract';
import { AppError } from '../errors/AppError';
import { runAudited } from './audit/runAudited';
import type { ServiceContext } from './context';
import { signalMessages } from './signalMessages';

/** Every item as it stands, retired ones flagged: the administrator's list and the workers' choice. */
export function listCatalogue(context: ServiceContext): CatalogueItem[] {
  context.require('readSignalCatalogue');
  return runAudited(context, 'read', (db, log) => {
    const items = listCurrentCatalogueItems(db);
    log({ action: 'read', objectType: 'signalCatalogue', details: `${items.length} ${items.length === 1 ? 'signaal' : 'signalen'} in de lijst` });
    return items;
  });
}

function requireCurrent(db: Db, id: string): CatalogueItem {
  const item = findCurrentCatalogueItem(db, id);
  if (!item) throw new AppError('NOT_FOUND', signalMessages.catalogueItemNotFound);
  return item;
}

function readBack(db: Db, id: string): CatalogueItem {
  const saved = findCurrentCatalogueItem(db, id);
  if (!saved) throw new Error('A catalogue item just saved could not be read back.');
  return saved;
}

/**
 * Adding starts an item at version 1; an edit adds the next version, so signals recorded with an
 * earlier text keep showing that text. An edit must start from the version as it stands.
 */
export function saveCatalogueItem(context: ServiceContext, input: SaveCatalogueItem): CatalogueItem {
  context.require('manageSignalCatalogue');
  return runAudited(context, 'change', (db, log, session) => {
    const changed = { category: input.category, text: input.text, retiredAt: null, changedAt: context.nowIso(), changedBy: session.user.id };
    if (input.mode === 'add') {
      const id = randomUUID();
      insertCatalogueVersion(db, { id, version: 1, ...changed });
      log({ action: 'create', objectType: 'signalCatalogue', objectId: id, details: 'signaal toegevoegd aan de lijst' });
      return readBack(db, id);
    }
    const current = requireCurrent(db, input.id);
    if (current.version !== input.basedOnVersion) throw new AppError('CONFLICT', signalMessages.catalogueItemChanged);
    if (current.retiredAt !== null) throw new AppError('CONFLICT', signalMessages.catalogueItemAlreadyRetired);
    const version = current.version + 1;
    insertCatalogueVersion(db, { id: input.id, version, ...changed });
    log({ action: 'change', objectType: 'signalCatalogue', objectId: input.id, details: `versie ${version}` });
    return readBack(db, input.id);
  });
}

/**
 * Retiring adds a last version marked retired; signals that used the item keep showing it. It
 * names the version the administrator saw, so a colleague's edit in between is never retired unseen.
 */
export function retireCatalogueItem(context: ServiceContext, input: { id: string; basedOnVersion: number }): CatalogueItem {
  context.require('manageSignalCatalogue');
  const { id } = input;
  return runAudited(context, 'change', (db, log, session) => {
    const current = requireCurrent(db, id);
    if (current.retiredAt !== null) throw new AppError('CONFLICT', signalMessages.catalogueItemAlreadyRetired);
    if (current.version !== input.basedOnVersion) throw new AppError('CONFLICT', signalMessages.catalogueItemChanged);
    const now = context.nowIso();
    const version = current.version + 1;
    insertCatalogueVersion(db, { id, version, category: current.category, text: current.text, retiredAt: now, changedAt: now, changedBy: session.user.id });
    log({ action: 'change', objectType: 'signalCatalogue', objectId: id, details: `buiten gebruik gesteld (versie ${version})` });
    return readBack(db, id);
  });
}
