import type { Db } from '../../../db/client';
import type { ChainedAccessEntry } from '../../domain/audit/accessEntry';
import { AppError, appMessages } from '../../errors/AppError';
import type { ServiceContext, UnlockedSession } from '../context';
import { writeAuditAnchor } from './auditAnchor';
import { recordAccess, type AccessEvent } from './recordAccess';

export type Log = (event: AccessEvent) => void;

/**
 * Runs an action and its access-log entries in one immediate transaction: both are saved or
 * neither is. A `read` commits without waiting for the disk (synchronous=NORMAL, still atomic
 * and safe against an app crash; an OS crash may lose the newest read entries, which the next
 * change or lock flushes). A `change` waits for the disk, as every change does. After the
 * commit the anchor beside the database names the newest entry (see auditAnchor.ts).
 */
export function runAudited<T>(
  context: ServiceContext,
  kind: 'read' | 'change',
  work: (db: Db, log: Log, session: UnlockedSession) => T,
): T {
  const session = context.requireUnlocked();
  return runAuditedOn(context, session, kind, work);
}

/**
 * For work that awaited (a key derivation) after its checks: it continues only if the session it
 * was checked in is still the one signed in, never under whoever signed in meanwhile.
 */
export function runAuditedIn<T>(
  context: ServiceContext,
  session: UnlockedSession,
  kind: 'read' | 'change',
  work: (db: Db, log: Log, session: UnlockedSession) => T,
): T {
  if (context.current !== session) throw new AppError('LOCKED', appMessages.locked);
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
  if (head && (kind === 'change' || performance.now() - lastAnchored(context) >= readAnchorIntervalMs)) {
    anchorAfterCommit(context, head, false);
  }
  return result;
}

/**
 * Reads move the anchor at most this often (a file rename costs more than the read itself);
 * changes always do, and every lock does, flushed.
 */
const readAnchorIntervalMs = 1000;
const anchoredAt = new WeakMap<ServiceContext, number>();
const lastAnchored = (context: ServiceContext) => anchoredAt.get(context) ?? -Infinity;

/** The change is committed whatever happens here: a failed anchor write is logged, not thrown. */
export function anchorAfterCommit(context: ServiceContext, head: { seq: number; hash: string }, durable: boolean): void {
  try {
    writeAuditAnchor(context.config.databasePath, { seq: head.seq, hash: head.hash }, durable);
    anchoredAt.set(context, performance.now());
  } catch (error) {
    context.config.logger.error('audit anchor not written', error);
  }
}
