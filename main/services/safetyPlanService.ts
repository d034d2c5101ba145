import type { Db } from '../../db/client';
import {
  findPlanVersion,
  insertPlanVersion,
  listPlanVersionSummaries,
  newestPlanVersion,
} from '../../db/repositories/safetyPlans';
import type { SafetyPlanVersion, SafetyPlanVersionSummary, SaveSafetyPlan, YouthAccess } from '../../preload/contract';
import { AppError, appMessages } from '../errors/AppError';
import { logRefusal, type RefusedAttempt } from './audit/logRefusal';
import type { AccessEvent } from './audit/recordAccess';
import { runAudited } from './audit/runAudited';
import type { ServiceContext } from './context';
import { logUnreadableDocuments } from './unreadableDocuments';
import { requireAccess } from './youthService';
import { underAccess } from './audit/underAccess';

const conflictTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

/** The log entry's youth, reason and details; work under emergency access carries its reason. */
function planEvent(youthId: string, access: YouthAccess, details: string): Pick<AccessEvent, 'objectType' | 'youthId' | 'reason' | 'details'> {
  return { objectType: 'safetyPlan', youthId, ...underAccess(access, details) };
}

const refusedPlan = (youthId: string, attempt: string): RefusedAttempt => ({ attempt, objectType: 'safetyPlan', youthId });

/** Every saved version (who, when), newest first. */
export function listPlanVersions(context: ServiceContext, youthId: string): SafetyPlanVersionSummary[] {
  context.require('workWithYouths');
  return logRefusal(context, refusedPlan(youthId, 'versies bekijken'), () =>
    runAudited(context, 'read', (db, log, session) => {
      const { access } = requireAccess(context, db, session, youthId);
      const versions = listPlanVersionSummaries(db, youthId);
      log({ action: 'read', ...planEvent(youthId, access, `lijst van ${versions.length} versies`) });
      return versions;
    }),
  );
}

export function getPlanVersion(context: ServiceContext, youthId: string, version: number): SafetyPlanVersion {
  context.require('workWithYouths');
  return logRefusal(context, refusedPlan(youthId, `versie ${version} bekijken`), () =>
    runAudited(context, 'read', (db, log, session) => {
      const { access } = requireAccess(context, db, session, youthId);
      const plan = findPlanVersion(db, youthId, version, logUnreadableDocuments(context.config.logger));
      if (!plan) throw new AppError('NOT_FOUND', appMessages.planVersionNotFound);
      log({ action: 'read', ...planEvent(youthId, access, `versie ${version}`) });
      return plan;
    }),
  );
}

/**
 * Refuses a save that did not start from the newest version: someone else saved in between,
 * and saving anyway would silently replace their plan with one that never saw their changes.
 */
function assertBasedOnNewest(db: Db, youthId: string, basedOnVersion: number | null): number {
  const newest = newestPlanVersion(db, youthId);
  const newestVersion = newest?.version ?? null;
  if (basedOnVersion === newestVersion) return (newestVersion ?? 0) + 1;
  if (newest && (basedOnVersion === null || basedOnVersion < newest.version)) {
    throw new AppError('CONFLICT', appMessages.planConflict(newest.version, conflictTime.format(new Date(newest.savedAt)), newest.savedByName));
  }
  throw new AppError('NOT_FOUND', appMessages.planVersionNotFound);
}

/** Every save adds the next version in one transaction with its log entry; older versions stay as they were. */
export function savePlan(context: ServiceContext, input: SaveSafetyPlan): SafetyPlanVersion {
  context.require('workWithYouths');
  return logRefusal(context, refusedPlan(input.youthId, 'nieuwe versie opslaan'), () =>
    runAudited(context, 'change', (db, log, session) => {
      const { access } = requireAccess(context, db, session, input.youthId);
      const version = assertBasedOnNewest(db, input.youthId, input.basedOnVersion);
      insertPlanVersion(db, { youthId: input.youthId, version, content: input.content, savedAt: context.nowIso(), savedBy: session.user.id });
      log({ action: version === 1 ? 'create' : 'change', ...planEvent(input.youthId, access, `versie ${version}`) });
      const saved = findPlanVersion(db, input.youthId, version);
      if (!saved) throw new Error('A safety plan version just saved could not be read back.');
      return saved;
    }),
  );
}
