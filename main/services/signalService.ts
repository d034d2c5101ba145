import { findCurrentCatalogueItem } from '../../db/repositories/signalCatalogue';
import { findSignal, insertSignal, listSignals } from '../../db/repositories/signals';
import type { Db } from '../../db/client';
import type { NewSignal, SignalCorrection, SignalList, SignalView, YouthAccess } from '../../preload/contract';
import { countDirections } from '../domain/signals/countDirections';
import { AppError, appMessages } from '../errors/AppError';
import { logRefusal, type RefusedAttempt } from './audit/logRefusal';
import type { AccessEvent } from './audit/recordAccess';
import { runAudited } from './audit/runAudited';
import type { ServiceContext } from './context';
import { signalMessages } from './signalMessages';
import { requireAccess } from './youthService';
import { underAccess } from './audit/underAccess';

/** The log entry's object, youth, reason and details; work under emergency access carries its reason. */
function signalEvent(youthId: string, access: YouthAccess, objectId: string | null, details: string): Omit<AccessEvent, 'action'> {
  return { objectType: 'signal', objectId, youthId, ...underAccess(access, details) };
}

/** A refused correction names the signal's youth, when the signal still exists. */
const refusedCorrection =
  (signalId: string) =>
  (db: Db): RefusedAttempt => ({ attempt: 'signaal corrigeren', objectType: 'signal', objectId: signalId, youthId: findSignal(db, signalId)?.youthId ?? null });

/** The catalogue item's version as it stands now; a retired or unknown item is refused. */
function catalogueVersion(db: Db, catalogueItemId: string | null): { id: string; version: number } | null {
  if (catalogueItemId === null) return null;
  const item = findCurrentCatalogueItem(db, catalogueItemId);
  if (!item) throw new AppError('VALIDATION', appMessages.invalidInput, { catalogueItemId: signalMessages.catalogueItemNotFound });
  if (item.retiredAt !== null) throw new AppError('VALIDATION', appMessages.invalidInput, { catalogueItemId: signalMessages.catalogueItemRetired });
  return { id: item.id, version: item.version };
}

/**
 * A correction that keeps the catalogue item keeps the version the corrected signal had, so its
 * text does not change under it, even when the item has since been edited or retired; choosing
 * another item takes that item as it stands now.
 */
function correctionVersion(db: Db, old: SignalView, catalogueItemId: string | null): { id: string; version: number } | null {
  const kept = old.catalogueItem;
  if (kept && kept.id === catalogueItemId) return { id: kept.id, version: kept.version };
  return catalogueVersion(db, catalogueItemId);
}

function readBack(db: Db, id: string): SignalView {
  const saved = findSignal(db, id);
  if (!saved) throw new Error('A signal just recorded could not be read back.');
  return saved;
}

export function listSignalsOf(context: ServiceContext, youthId: string): SignalList {
  context.require('workWithYouths');
  return logRefusal(context, { attempt: 'signalen bekijken', objectType: 'signal', youthId }, () =>
    runAudited(context, 'read', (db, log, session) => {
      const { access } = requireAccess(context, db, session, youthId);
      const signals = listSignals(db, youthId);
      log({ action: 'read', ...signalEvent(youthId, access, null, `overzicht van ${signals.length} ${signals.length === 1 ? 'signaal' : 'signalen'}`) });
      return { signals, counts: countDirections(signals) };
    }),
  );
}

export function addSignal(context: ServiceContext, input: NewSignal): SignalView {
  context.require('workWithYouths');
  return logRefusal(context, { attempt: 'signaal vastleggen', objectType: 'signal', youthId: input.youthId }, () =>
    runAudited(context, 'change', (db, log, session) => {
      const { access } = requireAccess(context, db, session, input.youthId);
      const catalogueItem = catalogueVersion(db, input.catalogueItemId);
      const id = insertSignal(db, { ...input, catalogueItem, supersedes: null, recordedAt: context.nowIso(), recordedBy: session.user.id });
      log({ action: 'create', ...signalEvent(input.youthId, access, id, `signaal van ${input.date}`) });
      return readBack(db, id);
    }),
  );
}

/**
 * Signals are part of the record: a correction is a new signal that supersedes the old one,
 * which stays readable, marked as corrected. Only the newest of a chain can be corrected.
 */
export function correctSignal(context: ServiceContext, input: SignalCorrection): SignalView {
  context.require('workWithYouths');
  return logRefusal(context, refusedCorrection(input.signalId), () =>
    runAudited(context, 'change', (db, log, session) => {
      const { signalId, ...fields } = input;
      const old = findSignal(db, signalId);
      if (!old) throw new AppError('NOT_FOUND', signalMessages.signalNotFound);
      const { access } = requireAccess(context, db, session, old.youthId);
      if (old.supersededBy) throw new AppError('CONFLICT', signalMessages.alreadyCorrected);
      const catalogueItem = correctionVersion(db, old, fields.catalogueItemId);
      const id = insertSignal(db, { ...fields, youthId: old.youthId, catalogueItem, supersedes: signalId, recordedAt: context.nowIso(), recordedBy: session.user.id });
      log({ action: 'change', ...signalEvent(old.youthId, access, id, `correctie van een eerder signaal (${signalId})`) });
      return readBack(db, id);
    }),
  );
}
