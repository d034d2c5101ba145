import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { z } from 'zod';
import { writeFileAtomically } from '../storage/writeFileAtomically';
import type { AttemptRecord } from './loginThrottle';

/**
 * Failed logins happen while the database is still locked, so they are kept beside it: the
 * counters (so a restart does not reset them) and the events, which move into the access log
 * at the next successful login, with their own times. Names are stored only for existing
 * accounts (the key slot file lists those anyway); a mistyped name may be a password.
 */
export interface PendingLoginEvent {
  at: string;
  action: 'loginFailed' | 'lockout';
  login: string | null;
  workstation: string;
  /** Why, beyond a wrong password: a code, so the file cannot put free text into the log. */
  cause?: FailureCause;
}

export const failureCauses = {
  keySlotDowngrade: 'sleutelslot onder de minimale sterkte geweigerd',
  wrongRecoveryKey: 'herstelsleutel onjuist',
  wrongCurrentPassword: 'huidig wachtwoord onjuist bij wachtwoord wijzigen',
} as const;
export type FailureCause = keyof typeof failureCauses;

export interface LoginAttemptFile {
  format: 'waakzaam-logins';
  version: 1;
  attempts: Record<string, AttemptRecord>;
  pending: PendingLoginEvent[];
  /** Events dropped because the pending list was full (a flood of attempts). */
  dropped: number;
}

const maxPending = 1000;

const fileSchema = z.object({
  format: z.literal('waakzaam-logins'),
  version: z.literal(1),
  attempts: z.record(
    z.string(),
    z.object({ failures: z.number().int().min(0), lastFailureAt: z.string(), lockedUntil: z.string().optional() }),
  ),
  pending: z.array(
    z.object({
      at: z.string(),
      action: z.enum(['loginFailed', 'lockout']),
      login: z.string().nullable(),
      workstation: z.string(),
      cause: z.enum(Object.keys(failureCauses) as [FailureCause, ...FailureCause[]]).optional(),
    }),
  ),
  dropped: z.number().int().min(0),
}) satisfies z.ZodType<LoginAttemptFile>;

export function loginAttemptPath(databasePath: string): string {
  return `${databasePath}.logins.json`;
}

/** Whose attempts a counter counts: a login name, or the recovery key (apart from every name). */
export type AttemptSubject = { login: string } | 'recoveryKey';

/** The counters are keyed by a hash, so the file does not list every name anyone typed. */
export function attemptKey(subject: AttemptSubject): string {
  const text = subject === 'recoveryKey' ? 'waakzaam-recovery-key' : `waakzaam-login:${subject.login}`;
  return createHash('sha256').update(text).digest('hex');
}

function emptyFile(): LoginAttemptFile {
  return { format: 'waakzaam-logins', version: 1, attempts: {}, pending: [], dropped: 0 };
}

/** A damaged file starts over empty: it must never stop anyone from logging in. */
export function readLoginAttempts(databasePath: string): LoginAttemptFile {
  try {
    return fileSchema.parse(JSON.parse(fs.readFileSync(loginAttemptPath(databasePath), 'utf8')));
  } catch {
    return emptyFile();
  }
}

export function writeLoginAttempts(databasePath: string, file: LoginAttemptFile): void {
  writeFileAtomically(loginAttemptPath(databasePath), `${JSON.stringify(file)}\n`);
}

export function withPendingEvent(file: LoginAttemptFile, event: PendingLoginEvent): LoginAttemptFile {
  if (file.pending.length >= maxPending) return { ...file, dropped: file.dropped + 1 };
  return { ...file, pending: [...file.pending, event] };
}
