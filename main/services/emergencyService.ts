import { getGrant, grantsToReview, insertGrant, markGrantReviewed } from '../../db/repositories/emergencyAccess';
import { latestAccessLogTime } from '../../db/repositories/accessLog';
import { readSettings } from '../../db/repositories/settings';
import { getYouth, searchYouthsOutside } from '../../db/repositories/youths';
import type { EmergencyCandidate, EmergencyGrant, EmergencyRequest } from '../../preload/contract';
import { accessToYouth, grantExpiry } from '../domain/access/youthAccess';
import { isClockBehind } from '../domain/audit/clockBehind';
import { AppError, appMessages } from '../errors/AppError';
import { runAudited } from './audit/runAudited';
import type { ServiceContext } from './context';
import { activeGrants, visibilityOf } from './youthService';

/** Enough to find the youth meant by a name; not a way to page through every group. */
const maxCandidates = 10;

/** Youths outside the user's own locations, found by name: the first step of noodtoegang. */
export function searchForEmergency(context: ServiceContext, query: string): EmergencyCandidate[] {
  context.require('requestEmergencyAccess');
  return runAudited(context, 'read', (db, log, session) => {
    const visibility = visibilityOf(db, session);
    const own = visibility.kind === 'locations' ? visibility.locationIds : [];
    const found = searchYouthsOutside(db, query, own, maxCandidates);
    log({ action: 'read', objectType: 'youthList', details: `zoeken voor noodtoegang: ${found.length} gevonden` });
    // Name, birth year and location of a youth outside one's own groups are shown: that look
    // belongs in the youth's own history ("Wie heeft dit dossier ingezien?").
    for (const youth of found) log({ action: 'read', objectType: 'youthList', youthId: youth.id, details: 'in zoekresultaat voor noodtoegang' });
    return found.map((youth) => ({
      id: youth.id,
      name: `${youth.firstName} ${youth.lastName}`,
      birthYear: Number(youth.dateOfBirth.slice(0, 4)),
      locationName: youth.locationName,
    }));
  });
}

/** Time-limited access with a written reason, logged and queued for the officer's review. */
export function requestEmergencyAccess(context: ServiceContext, input: EmergencyRequest): EmergencyGrant {
  context.require('requestEmergencyAccess');
  return runAudited(context, 'change', (db, log, session) => {
    const youth = getYouth(db, input.youthId);
    if (!youth) throw new AppError('NOT_FOUND', appMessages.youthNotFound);
    const now = context.now();
    if (isClockBehind(now, latestAccessLogTime(db))) throw new AppError('CONFLICT', appMessages.clockBehind);
    if (accessToYouth(visibilityOf(db, session), youth.locationId, undefined, now)) throw new AppError('CONFLICT', appMessages.alreadyHasAccess);
    const running = activeGrants(context, db, session).find((grant) => grant.youthId === youth.id);
    if (running) return running;
    const hours = readSettings(db).emergencyAccessHours;
    const id = insertGrant(db, {
      userId: session.user.id,
      youthId: youth.id,
      reason: input.reason,
      grantedAt: now.toISOString(),
      expiresAt: grantExpiry(now, hours),
    });
    log({ action: 'emergencyAccess', objectType: 'emergencyAccess', objectId: id, youthId: youth.id, reason: input.reason, details: `geldig ${hours} uur` });
    return getGrant(db, id)!;
  });
}

export function listActiveGrants(context: ServiceContext): EmergencyGrant[] {
  const session = context.requireUnlocked();
  return activeGrants(context, session.handle.db, session);
}

export function listGrantsToReview(context: ServiceContext): EmergencyGrant[] {
  context.require('reviewEmergencyAccess');
  return runAudited(context, 'read', (db, log) => {
    const grants = grantsToReview(db);
    log({ action: 'read', objectType: 'emergencyAccess', details: `${grants.length} te beoordelen` });
    return grants;
  });
}

export function reviewGrant(context: ServiceContext, input: { id: string; note: string }): EmergencyGrant {
  context.require('reviewEmergencyAccess');
  return runAudited(context, 'change', (db, log, session) => {
    const grant = getGrant(db, input.id);
    if (!grant) throw new AppError('NOT_FOUND', appMessages.grantNotFound);
    if (grant.reviewedAt) throw new AppError('CONFLICT', appMessages.alreadyReviewed);
    markGrantReviewed(db, input.id, { reviewedBy: session.user.id, reviewedAt: context.nowIso(), note: input.note });
    log({ action: 'review', objectType: 'emergencyAccess', objectId: input.id, youthId: grant.youthId, reason: input.note });
    return getGrant(db, input.id)!;
  });
}
