import { createHash } from 'node:crypto';
import type { AccessAction, AccessObject, Role } from '../../../preload/contract';

/** One access-log entry as recorded: who, when, where, what, about which youth, and why. */
export interface AccessEntryFields {
  at: string;
  userId: string | null;
  userName: string | null;
  role: Role | null;
  action: AccessAction;
  objectType: AccessObject;
  objectId: string | null;
  youthId: string | null;
  workstation: string;
  reason: string | null;
  details: string | null;
}

export interface ChainedAccessEntry extends AccessEntryFields {
  seq: number;
  prevHash: string;
  hash: string;
}

export const genesisHash = '0'.repeat(64);

/**
 * SHA-256 over the previous hash and every field, in a fixed order as a JSON array: changing,
 * removing or reordering any entry changes every hash after it.
 */
export function hashAccessEntry(seq: number, prevHash: string, fields: AccessEntryFields): string {
  const canonical = JSON.stringify([
    seq,
    prevHash,
    fields.at,
    fields.userId,
    fields.userName,
    fields.role,
    fields.action,
    fields.objectType,
    fields.objectId,
    fields.youthId,
    fields.workstation,
    fields.reason,
    fields.details,
  ]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

export function chainEntry(previous: { seq: number; hash: string } | undefined, fields: AccessEntryFields): ChainedAccessEntry {
  const seq = (previous?.seq ?? 0) + 1;
  const prevHash = previous?.hash ?? genesisHash;
  return { ...fields, seq, prevHash, hash: hashAccessEntry(seq, prevHash, fields) };
}
