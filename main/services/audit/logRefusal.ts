import type { Db } from '../../../db/client';
import type { AccessObject } from '../../../preload/contract';
import { AppError } from '../../errors/AppError';
import type { ServiceContext } from '../context';
import { runAudited } from './runAudited';

/** What a refused call was after; `attempt` says in Dutch what was tried ("bekijken", "verwijderen"). */
export interface RefusedAttempt {
  attempt: string;
  objectType: AccessObject;
  objectId?: string | null;
  youthId: string | null;
}

/**
 * Runs the work; when it is refused for lack of access to the youth, the attempt is logged and
 * the refusal passed on. "Who tried to see or change this file?" matters as much as who did.
 * The work's own transaction is rolled back by then, so what the entry names is looked up anew
 * (a function of the database) when only an id was given, e.g. the youth of a photo.
 */
export function logRefusal<T>(context: ServiceContext, refused: RefusedAttempt | ((db: Db) => RefusedAttempt), work: () => T): T {
  const logAndRethrow = (error: unknown): never => {
    if (error instanceof AppError && error.code === 'FORBIDDEN') {
      runAudited(context, 'change', (db, log) => {
        const { attempt, ...event } = typeof refused === 'function' ? refused(db) : refused;
        log({ action: 'refused', ...event, details: `${attempt}; geen toegang: niet van de eigen locaties` });
      });
    }
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
