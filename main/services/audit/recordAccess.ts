import type { Db } from '../../../db/client';
import { insertAccessLogRow, lastAccessLogRow } from '../../../db/repositories/accessLog';
import type { AccessAction, AccessObject } from '../../../preload/contract';
import { chainEntry, type ChainedAccessEntry } from '../../domain/audit/accessEntry';
import type { Actor } from '../context';

export interface AccessEvent {
  action: AccessAction;
  objectType: AccessObject;
  objectId?: string | null;
  youthId?: string | null;
  reason?: string | null;
  details?: string | null;
  /** When it happened, if not now (failed logins recorded at the next login). */
  at?: string;
  /** Who did it, if not the signed-in user (a failed login by someone else). */
  actor?: Actor;
}

/**
 * Appends one entry to the chain. Must run inside the transaction of the action it records
 * (see runAudited), which also serialises writers so two entries never claim the same number.
 */
export function recordAccess(db: Db, signedIn: Actor, nowIso: string, event: AccessEvent): ChainedAccessEntry {
  const actor = event.actor ?? signedIn;
  const entry = chainEntry(lastAccessLogRow(db), {
    at: event.at ?? nowIso,
    userId: actor.userId,
    userName: actor.userName,
    role: actor.role,
    action: event.action,
    objectType: event.objectType,
    objectId: event.objectId ?? null,
    youthId: event.youthId ?? null,
    workstation: actor.workstation,
    reason: event.reason ?? null,
    details: event.details ?? null,
  });
  insertAccessLogRow(db, entry);
  return entry;
}
