import type { Db } from '../../../db/client';
import type { ChainedAccessEntry } from '../../domain/audit/accessEntry';
import type { ServiceContext, UnlockedSession } from '../context';
import { writeAuditAnchor } from './auditAnchor';
import { recordAccess, type AccessEvent } from './recordAccess';

export type Log = (event: AccessEvent) => void;

/**
 * Runs an action and its access-log entries in one immediate transaction: both are saved or
 * neither is. A `read` commits without waiting for the disk (synchronous=NORMAL, still atomic
 * and safe against an app crash; an OS crash may lose the newest read entries, which the next
 * change or lock flushes). A `change` waits for the disk, as every change does.
 */
export function runAudited<T>(
  context: ServiceContext,
  kind: 'read' | 'change',
  work: (db: Db, log: Log, session: UnlockedSession) => T,
): T {
  const session = context.requireUnlocked();
  return runAuditedOn(context, session, kind, work);
}

export function runAuditedOn<T>(
  context: ServiceContext,
  session: UnlockedSession,
  kind: 'read' | 'change',
  work: (db: Db, log: Log, session: UnlockedSession) => T,
): T {
  const { db } = session.handle;
  const actor = { userId: session.user.id, userName: session.user.name, role: session.user.role, workstation: context.workstation };
  const now = context.nowIso();
  let head: ChainedAccessEntry | undefined;
  const result = session.handle.transaction(
      () =>
        work(
          db,
          (event) => {
            head = recordAccess(db, actor, now, event);
          },
          session,
        ),
    { immediate: true, durable: kind === 'change' },
  );
  if (head && kind === 'change') anchorAfterCommit(context, head, false);
  return result;
}

/** The change is committed whatever happens here: a failed anchor write is logged, not thrown. */
export function anchorAfterCommit(context: ServiceContext, head: { seq: number; hash: string }, durable: boolean): void {
  try {
    writeAuditAnchor(context.config.databasePath, { seq: head.seq, hash: head.hash }, durable);
  } catch (error) {
    context.config.logger.error('audit anchor not written', error);
  }
}
