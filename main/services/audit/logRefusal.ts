import type { Db } from '../../../db/client';
import type { AccessObject } from '../../../preload/contract';
import { AppError } from '../../errors/AppError';
import type { ServiceContext, UnlockedSession } from '../context';
import { runAuditedIn } from './runAudited';

/** What a refused call was after; `attempt` says in Dutch what was tried ("bekijken", "verwijderen"). */
export interface RefusedAttempt {
  attempt: string;
  objectType: AccessObject;
  objectId?: string | null;
  youthId: string | null;
}

type Refused = RefusedAttempt | ((db: Db) => RefusedAttempt);

/**
 * The entry names the user who tried, so it is written in their session: after an await that
 * session may have ended or given way to a colleague's, and then it is not written at all. The
 * refusal is what the caller must hear, so a failure here only reaches the technical log.
 */
function recordRefusal(context: ServiceContext, attempting: UnlockedSession, refused: Refused): void {
  try {
    runAuditedIn(context, attempting, 'change', (db, log) => {
      const { attempt, ...event } = typeof refused === 'function' ? refused(db) : refused;
      log({ action: 'refused', ...event, details: `${attempt}; geen toegang: niet van de eigen locaties` });
    });
  } catch (failure) {
    context.config.logger.error('refused attempt not logged', failure);
  }
}

/**
 * Runs the work; when it is refused for lack of access to the youth, the attempt is logged and
 * the refusal passed on. "Who tried to see or change this file?" matters as much as who did.
 * The work's own transaction is rolled back by then, so what the entry names is looked up anew
 * (a function of the database) when only an id was given, e.g. the youth of a photo. Every caller
 * has required a signed-in session before: the attempt is that session's.
 */
export function logRefusal<T>(context: ServiceContext, refused: Refused, work: () => T): T {
  const attempting = context.requireUnlocked();
  const logAndRethrow = (error: unknown): never => {
    if (error instanceof AppError && error.code === 'FORBIDDEN') recordRefusal(context, attempting, refused);
    throw error;
  };
  try {
    const result = work();
    // An async action (a photo re-encoded before its transaction) is refused in its promise.
    return result instanceof Promise ? (result.catch(logAndRethrow) as T) : result;
  } catch (error) {
    return logAndRethrow(error);
  }
}
