import type { Db } from '../../db/client';
import { lastYouthSave, latestAccessLogTime } from '../../db/repositories/accessLog';
import { unexpiredGrants } from '../../db/repositories/emergencyAccess';
import { listLocations, locationExists } from '../../db/repositories/locations';
import { userLocationIds } from '../../db/repositories/users';
import { listPhotoSummaries } from '../../db/repositories/photos';
import { currentSafetyPlan } from '../../db/repositories/safetyPlans';
import { getYouth, getYouthProfile, insertYouth, listYouths, updateYouth, type YouthScope } from '../../db/repositories/youths';
import {
  confirmReplaceUnreadableMessage,
  profileSectionNames,
  unreadableProfileKey,
  type Location,
  type NewYouth,
  type Youth,
  type YouthAccess,
  type YouthFile,
  type YouthProfileSection,
  type YouthUpdate,
} from '../../preload/contract';
import { isClockBehind } from '../domain/audit/clockBehind';
import { changedYouthParts } from '../domain/youths/changedYouthParts';
import { nextUpdatedAt } from '../domain/youths/nextUpdatedAt';
import { accessToYouth, isGrantActive, youthVisibility, type Visibility } from '../domain/access/youthAccess';
import { AppError, appMessages } from '../errors/AppError';
import { logRefusal } from './audit/logRefusal';
import { runAudited } from './audit/runAudited';
import type { ServiceContext, UnlockedSession } from './context';
import { logUnreadableDocuments } from './unreadableDocuments';
import { placedNetwork } from './placedNetwork';
import { underAccess } from './audit/underAccess';

export function visibilityOf(db: Db, session: UnlockedSession): Visibility {
  return youthVisibility(session.user.role, userLocationIds(db, session.user.id));
}

/** Running grants; none while the clock is behind the log, so setting it back cannot revive one. */
export function activeGrants(context: ServiceContext, db: Db, session: UnlockedSession) {
  const now = context.now();
  if (isClockBehind(now, latestAccessLogTime(db))) return [];
  return unexpiredGrants(db, session.user.id, now.toISOString()).filter((grant) => isGrantActive(grant, now));
}

/** The youths this user's lists may hold; the youth list and the start screen share it. */
export function scopeOf(context: ServiceContext, db: Db, session: UnlockedSession): YouthScope {
  const visibility = visibilityOf(db, session);
  if (visibility.kind === 'all') return { all: true };
  const youthIds = activeGrants(context, db, session).map((grant) => grant.youthId);
  return { all: false, locationIds: visibility.kind === 'locations' ? visibility.locationIds : [], youthIds };
}

/** The youths this user may see: their locations, plus running emergency access. */
export function listVisibleYouths(context: ServiceContext): Youth[] {
  context.require('workWithYouths');
  return runAudited(context, 'read', (db, log, session) => {
    const youths = listYouths(db, scopeOf(context, db, session));
    log({ action: 'read', objectType: 'youthList', details: `${youths.length} jongeren in de lijst` });
    return youths;
  });
}

export interface YouthWithAccess {
  youth: Youth;
  access: YouthAccess;
}

/** The youth and why this user may see it; refuses (and logs nothing) when they may not. */
export function requireAccess(context: ServiceContext, db: Db, session: UnlockedSession, youthId: string): YouthWithAccess {
  const youth = getYouth(db, youthId);
  if (!youth) throw new AppError('NOT_FOUND', appMessages.youthNotFound);
  const grant = activeGrants(context, db, session).find((candidate) => candidate.youthId === youthId);
  const access = accessToYouth(visibilityOf(db, session), youth.locationId, grant, context.now());
  if (!access) throw new AppError('FORBIDDEN', appMessages.noAccessToYouth);
  return { youth, access };
}

/** The whole file as the page shows it, after the access check; the caller logs the look. */
export function readYouthFile(context: ServiceContext, db: Db, session: UnlockedSession, id: string): YouthFile {
  const { youth, access } = requireAccess(context, db, session, id);
  // A part that cannot be read shows its defaults, so the rest of the file still opens; the file says which.
  const report = logUnreadableDocuments(context.config.logger);
  const profile = getYouthProfile(db, id, report);
  let planUnreadable = false;
  const safetyPlan = currentSafetyPlan(db, id, (unreadable) => {
    planUnreadable = true;
    report(unreadable);
  });
  return {
    youth,
    access,
    profile: profile.value,
    photos: listPhotoSummaries(db, id),
    safetyPlan,
    network: placedNetwork(db, id, report),
    unreadable: [...profile.unreadableSections.map(unreadableProfileKey), ...(planUnreadable ? ['safetyPlan'] : [])],
  };
}

export function openYouthFile(context: ServiceContext, id: string): YouthFile {
  context.require('workWithYouths');
  return logRefusal(context, { attempt: 'openen', objectType: 'youth', objectId: id, youthId: id }, () =>
    runAudited(context, 'read', (db, log, session) => {
      const file = readYouthFile(context, db, session, id);
      log({
        action: 'read',
        objectType: 'youth',
        objectId: id,
        youthId: id,
        ...(file.access.kind === 'emergency' ? { reason: file.access.reason, details: 'via noodtoegang' } : {}),
      });
      return file;
    }),
  );
}

function assertMayFileUnder(db: Db, session: UnlockedSession, locationId: string): void {
  if (!locationExists(db, locationId)) throw new AppError('VALIDATION', appMessages.invalidInput, { locationId: appMessages.locationNotFound });
  const visibility = visibilityOf(db, session);
  if (visibility.kind === 'locations' && !visibility.locationIds.includes(locationId)) {
    throw new AppError('VALIDATION', appMessages.invalidInput, { locationId: appMessages.locationNotYours });
  }
}

/** One transaction: the youth and its log entry are saved together or not at all. */
export function createYouth(context: ServiceContext, input: NewYouth): Youth {
  context.require('workWithYouths');
  return runAudited(context, 'change', (db, log, session) => {
    assertMayFileUnder(db, session, input.locationId);
    // Without a profile the row holds none yet, and reads as an empty one.
    const id = insertYouth(db, input, { userId: session.user.id, now: context.nowIso() });
    log({ action: 'create', objectType: 'youth', objectId: id, youthId: id });
    const youth = getYouth(db, id);
    if (!youth) throw new Error('A youth just inserted could not be read back.');
    return youth;
  });
}

const conflictTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

/**
 * Refuses a save that did not start from the stored data: a colleague saved in between, and the
 * whole profile saved anyway would silently erase their changes (contacts, medication, phones).
 * Nothing is logged: the transaction is rolled back, as for the safety plan's conflict.
 */
function assertUnchangedSince(db: Db, youth: Youth, basedOnUpdatedAt: string): void {
  if (youth.updatedAt === basedOnUpdatedAt) return;
  const saved = lastYouthSave(db, youth.id);
  throw new AppError('CONFLICT', appMessages.youthConflict(conflictTime.format(new Date(saved?.at ?? youth.updatedAt)), saved?.userName ?? null));
}

/**
 * Refuses a save that would replace profile sections this version could not read (they show as
 * empty in the form) unless the user confirmed exactly that: otherwise a contact with a role from
 * a newer version would take the contacts, saved unseen, with it.
 */
function assertReadableOrReplaced(unreadable: readonly YouthProfileSection[], replaceUnreadable: boolean): void {
  if (unreadable.length === 0 || replaceUnreadable) return;
  throw new AppError('CONFLICT', appMessages.unreadableNotReplaced(profileSectionNames(unreadable)), { replaceUnreadable: confirmReplaceUnreadableMessage });
}

/** A refused change is logged like a refused look at the file. */
export function changeYouth(context: ServiceContext, input: YouthUpdate): Youth {
  context.require('workWithYouths');
  return logRefusal(context, { attempt: 'wijzigen', objectType: 'youth', objectId: input.id, youthId: input.id }, () => applyYouthChange(context, input));
}

function applyYouthChange(context: ServiceContext, input: YouthUpdate): Youth {
  return runAudited(context, 'change', (db, log, session) => {
    const { youth: before, access } = requireAccess(context, db, session, input.id);
    assertUnchangedSince(db, before, input.basedOnUpdatedAt);
    const { value: profileBefore, unreadableSections } = getYouthProfile(db, input.id, logUnreadableDocuments(context.config.logger));
    assertReadableOrReplaced(unreadableSections, input.replaceUnreadable);
    if (input.locationId !== before.locationId) {
      // Moving a youth to one's own location would turn a time-limited look into lasting access.
      if (access.kind === 'emergency') throw new AppError('VALIDATION', appMessages.invalidInput, { locationId: appMessages.noMoveUnderEmergency });
      assertMayFileUnder(db, session, input.locationId);
    }
    const { id, basedOnUpdatedAt: _basedOn, replaceUnreadable: _replace, ...fields } = input;
    updateYouth(db, id, fields, nextUpdatedAt(before.updatedAt, context.now()));
    const changed = changedYouthParts({ ...before, profile: profileBefore }, fields);
    const replaced = unreadableSections.length ? `; onleesbaar en vervangen: ${profileSectionNames(unreadableSections).toLowerCase()}` : '';
    const what = `${changed.length ? `gewijzigd: ${changed.join(', ')}` : 'niets gewijzigd'}${replaced}`;
    log({
      action: 'change',
      objectType: 'youth',
      objectId: id,
      youthId: id,
      ...underAccess(access, what),
    });
    const youth = getYouth(db, id);
    if (!youth) throw new Error('A youth just updated could not be read back.');
    return youth;
  });
}

/** Where this user may file youths: their own locations, or all for the administrator and officer. */
export function listAllowedLocations(context: ServiceContext): Location[] {
  const session = context.requireUnlocked();
  const db = session.handle.db;
  const visibility = visibilityOf(db, session);
  return visibility.kind === 'locations' ? listLocations(db, visibility.locationIds) : listLocations(db);
}
