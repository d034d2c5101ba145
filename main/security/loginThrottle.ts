/**
 * How failed logins slow an attacker down: three free mistakes, then a wait that doubles with
 * every failure, and after ten a lockout. Pure: the caller passes "now" and stores the record.
 */
export interface AttemptRecord {
  failures: number;
  lastFailureAt: string;
  lockedUntil?: string;
}

export const throttlePolicy = {
  freeFailures: 3,
  firstDelaySeconds: 5,
  maxDelaySeconds: 300,
  lockoutAfter: 10,
  lockoutMinutes: 30,
} as const;

export type AttemptVerdict =
  | { kind: 'allowed' }
  | { kind: 'wait'; seconds: number }
  | { kind: 'lockedOut'; until: Date };

export function delaySeconds(failures: number): number {
  if (failures < throttlePolicy.freeFailures) return 0;
  const doublings = failures - throttlePolicy.freeFailures;
  return Math.min(throttlePolicy.firstDelaySeconds * 2 ** doublings, throttlePolicy.maxDelaySeconds);
}

/**
 * The record as seen from `now` after the clock was set back: a stored time in the future is
 * moved to now (a lockout to at most its own length from now). The caller stores the result, so
 * the wait really ends after the policy's length instead of when the clock catches up (days).
 * Returns the same record when nothing lies in the future.
 */
export function rebaseRecord(record: AttemptRecord, now: Date): AttemptRecord {
  const latestLockout = now.getTime() + throttlePolicy.lockoutMinutes * 60_000;
  const failureInFuture = Date.parse(record.lastFailureAt) > now.getTime();
  const lockoutTooLong = record.lockedUntil !== undefined && Date.parse(record.lockedUntil) > latestLockout;
  if (!failureInFuture && !lockoutTooLong) return record;
  return {
    ...record,
    ...(failureInFuture ? { lastFailureAt: now.toISOString() } : {}),
    ...(lockoutTooLong ? { lockedUntil: new Date(latestLockout).toISOString() } : {}),
  };
}

/**
 * A wait never lasts longer than the policy's own length from now: when the clock was set back,
 * a stored time lies in the future and would otherwise block the account for days (see also
 * `rebaseRecord`, which makes that bound hold over repeated checks).
 */
export function checkAttempt(record: AttemptRecord | undefined, now: Date): AttemptVerdict {
  if (!record) return { kind: 'allowed' };
  if (record.lockedUntil) {
    const remaining = Math.min(Date.parse(record.lockedUntil) - now.getTime(), throttlePolicy.lockoutMinutes * 60_000);
    if (remaining > 0) return { kind: 'lockedOut', until: new Date(now.getTime() + remaining) };
  }
  const delay = delaySeconds(record.failures) * 1000;
  const remaining = Math.min(Date.parse(record.lastFailureAt) + delay - now.getTime(), delay);
  return remaining > 0 ? { kind: 'wait', seconds: Math.ceil(remaining / 1000) } : { kind: 'allowed' };
}

/** The record after one more failure; `lockedOut` is true for the failure that starts a lockout. */
export function recordFailure(record: AttemptRecord | undefined, now: Date): { record: AttemptRecord; lockedOut: boolean } {
  const failures = (record?.lockedUntil ? 0 : (record?.failures ?? 0)) + 1;
  const next: AttemptRecord = { failures, lastFailureAt: now.toISOString() };
  if (failures < throttlePolicy.lockoutAfter) return { record: next, lockedOut: false };
  return {
    record: { ...next, lockedUntil: new Date(now.getTime() + throttlePolicy.lockoutMinutes * 60_000).toISOString() },
    lockedOut: true,
  };
}
