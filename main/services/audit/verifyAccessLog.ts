import { iterateAccessLog, type AccessLogRow } from '../../../db/repositories/accessLog';
import type { UnlockInput } from '../../../preload/contract';
import { verifyChain, type ChainVerdict } from '../../domain/audit/verifyChain';
import { openForCheck } from '../openForCheck';
import { readAuditAnchor } from './auditAnchor';

export interface AccessLogVerification {
  verdict: ChainVerdict;
  /** The entry the verdict names, as it is now in the database (absent when it was deleted). */
  named: AccessLogRow | undefined;
  anchored: boolean;
}

/** The schema version that added the access log (migration 0001). */
const firstVersionWithLog = 2;

/**
 * Walks the whole access log read-only and checks its hash chain and the anchor beside the
 * database. For `npm run admin -- audit-verify`.
 */
export async function verifyAccessLog(databasePath: string, migrationsFolder: string, login: UnlockInput): Promise<AccessLogVerification> {
  const handle = await openForCheck(databasePath, migrationsFolder, login);
  const anchor = readAuditAnchor(databasePath);
  try {
    if (handle.schemaVersion < firstVersionWithLog) {
      return { verdict: { ok: true, entries: 0, head: undefined }, named: undefined, anchored: anchor !== undefined };
    }
    let last: AccessLogRow | undefined;
    function* remembered(rows: Iterable<AccessLogRow>) {
      for (const row of rows) {
        last = row;
        yield row;
      }
    }
    const verdict = verifyChain(remembered(iterateAccessLog(handle.db)), anchor);
    const named = !verdict.ok && last?.seq === verdict.seq ? last : undefined;
    return { verdict, named, anchored: anchor !== undefined };
  } finally {
    handle.close();
  }
}
