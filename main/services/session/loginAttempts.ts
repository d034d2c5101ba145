import type { ServiceContext } from '../context';
import { AppError, appMessages } from '../../errors/AppError';
import { attemptKey, readLoginAttempts, withPendingEvent, writeLoginAttempts, type AttemptSubject, type FailureCause, type PendingLoginEvent } from '../../security/loginAttemptStore';
import { checkAttempt, rebaseRecord, recordFailure } from '../../security/loginThrottle';

const clockTime = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });

/** Refuses the attempt before any key derivation while the login must wait or is locked out. */
export function assertMayAttempt(context: ServiceContext, subject: AttemptSubject): void {
  const { databasePath } = context.config;
  const now = context.now();
  const file = readLoginAttempts(databasePath);
  const key = attemptKey(subject);
  const stored = file.attempts[key];
  const record = stored && rebaseRecord(stored, now);
  // The clock was set back: the wait is counted from now from here on, and stays so.
  if (record && record !== stored) writeLoginAttempts(databasePath, { ...file, attempts: { ...file.attempts, [key]: record } });
  const verdict = checkAttempt(record, now);
  if (verdict.kind === 'wait') throw new AppError('TOO_MANY_ATTEMPTS', appMessages.tooManyAttempts(verdict.seconds));
  if (verdict.kind === 'lockedOut') throw new AppError('ACCOUNT_LOCKED_OUT', appMessages.lockedOut(clockTime.format(verdict.until), subject === 'recoveryKey' ? 'recoveryKey' : 'login'));
}

/**
 * Counts a failure (kept on disk, so a restart does not reset it) and queues its access-log
 * entry, and a lockout entry when this failure starts one. Throws the message for the user.
 */
export function failAttempt(
  context: ServiceContext,
  subject: AttemptSubject,
  event: { loggedLogin: string | null; cause?: FailureCause },
  refusal: AppError,
): never {
  const { databasePath } = context.config;
  const now = context.now();
  const key = attemptKey(subject);
  let file = readLoginAttempts(databasePath);
  const { record, lockedOut } = recordFailure(file.attempts[key], now);
  file = { ...file, attempts: { ...file.attempts, [key]: record } };
  const pending: PendingLoginEvent = { at: now.toISOString(), action: 'loginFailed', login: event.loggedLogin, workstation: context.workstation, ...(event.cause ? { cause: event.cause } : {}) };
  file = withPendingEvent(file, pending);
  if (lockedOut) file = withPendingEvent(file, { ...pending, action: 'lockout' });
  writeLoginAttempts(databasePath, file);
  if (lockedOut) throw new AppError('ACCOUNT_LOCKED_OUT', appMessages.lockedOut(clockTime.format(new Date(record.lockedUntil!)), subject === 'recoveryKey' ? 'recoveryKey' : 'login'));
  throw refusal;
}

/** After a successful login: this login's counter starts over. */
export function clearAttempts(context: ServiceContext, subjects: AttemptSubject[]): void {
  const { databasePath } = context.config;
  const file = readLoginAttempts(databasePath);
  const keys = subjects.map(attemptKey).filter((key) => key in file.attempts);
  if (keys.length === 0) return;
  const attempts = { ...file.attempts };
  for (const key of keys) delete attempts[key];
  writeLoginAttempts(databasePath, { ...file, attempts });
}

/** The queued failed-login events, to be written into the access log at a successful login. */
export function pendingEvents(context: ServiceContext): { events: PendingLoginEvent[]; dropped: number } {
  const { pending, dropped } = readLoginAttempts(context.config.databasePath);
  return { events: pending, dropped };
}

/**
 * Removes the events just written to the log (after its commit: a crash in between writes them
 * twice rather than never). Events queued meanwhile stay.
 */
export function clearPendingEvents(context: ServiceContext, written: { events: PendingLoginEvent[]; dropped: number }): void {
  if (written.events.length === 0 && written.dropped === 0) return;
  const { databasePath } = context.config;
  const file = readLoginAttempts(databasePath);
  writeLoginAttempts(databasePath, { ...file, pending: file.pending.slice(written.events.length), dropped: Math.max(0, file.dropped - written.dropped) });
}
