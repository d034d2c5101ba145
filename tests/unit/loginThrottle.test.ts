import { describe, expect, it } from 'vitest';
import { checkAttempt, delaySeconds, rebaseRecord, recordFailure, throttlePolicy, type AttemptRecord } from '../../main/security/loginThrottle';

const start = new Date('2026-11-23T09:00:00.000Z');
const later = (from: Date, ms: number) => new Date(from.getTime() + ms);

/** `count` failures, each made the moment the previous wait ended; returns the record and the time of the last. */
function failures(count: number, from = start): { record: AttemptRecord | undefined; at: Date } {
  let record: AttemptRecord | undefined;
  let at = from;
  for (let i = 0; i < count; i++) {
    const verdict = checkAttempt(record, at);
    if (verdict.kind === 'wait') at = later(at, verdict.seconds * 1000);
    expect(checkAttempt(record, at)).toEqual({ kind: 'allowed' });
    record = recordFailure(record, at).record;
  }
  return { record, at };
}

describe('the login throttle', () => {
  it('allows anyone without failures', () => {
    expect(checkAttempt(undefined, start)).toEqual({ kind: 'allowed' });
  });

  it('gives three free failures: the fourth attempt has to wait', () => {
    for (const count of [1, 2]) expect(checkAttempt(failures(count).record, failures(count).at)).toEqual({ kind: 'allowed' });
    const { record, at } = failures(3);
    expect(checkAttempt(record, at)).toEqual({ kind: 'wait', seconds: throttlePolicy.firstDelaySeconds });
    expect(checkAttempt(record, later(at, 4_999))).toEqual({ kind: 'wait', seconds: 1 });
    expect(checkAttempt(record, later(at, 5_000))).toEqual({ kind: 'allowed' });
  });

  it('doubles the wait with every further failure, up to the maximum', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8, 9].map(delaySeconds)).toEqual([0, 0, 0, 5, 10, 20, 40, 80, 160, 300]);
    expect(delaySeconds(50)).toBe(throttlePolicy.maxDelaySeconds);
    const { record, at } = failures(5);
    expect(checkAttempt(record, at)).toEqual({ kind: 'wait', seconds: 20 });
  });

  it('locks the login out at the tenth failure for half an hour, then starts counting again', () => {
    const { record: nine, at } = failures(9);
    expect(nine?.lockedUntil).toBeUndefined();
    const tenthAt = later(at, delaySeconds(9) * 1000);
    const tenth = recordFailure(nine, tenthAt);
    expect(tenth.lockedOut).toBe(true);
    expect(tenth.record).toEqual({ failures: 10, lastFailureAt: tenthAt.toISOString(), lockedUntil: later(tenthAt, 30 * 60_000).toISOString() });
    expect(checkAttempt(tenth.record, later(tenthAt, 29 * 60_000))).toEqual({ kind: 'lockedOut', until: later(tenthAt, 30 * 60_000) });
    const afterwards = later(tenthAt, 30 * 60_000);
    expect(checkAttempt(tenth.record, afterwards)).toEqual({ kind: 'allowed' });
    const next = recordFailure(tenth.record, afterwards);
    expect(next).toEqual({ record: { failures: 1, lastFailureAt: afterwards.toISOString() }, lockedOut: false });
  });

  it('never makes anyone wait longer than the policy when the clock was set back', () => {
    const { record, at } = failures(4);
    const dayEarlier = later(at, -24 * 3_600_000);
    // The check alone caps the wait it reports...
    expect(checkAttempt(record, dayEarlier)).toEqual({ kind: 'wait', seconds: delaySeconds(4) });
    // ...and the rebased record (stored by the caller) lets that wait really end.
    const rebased = rebaseRecord(record!, dayEarlier);
    expect(rebased).toEqual({ ...record, lastFailureAt: dayEarlier.toISOString() });
    expect(checkAttempt(rebased, later(dayEarlier, delaySeconds(4) * 1000 - 1))).toEqual({ kind: 'wait', seconds: 1 });
    expect(checkAttempt(rebased, later(dayEarlier, delaySeconds(4) * 1000))).toEqual({ kind: 'allowed' });

    const lockedOut = recordFailure(failures(9).record, at).record;
    const weekEarlier = later(at, -7 * 24 * 3_600_000);
    const lockoutEnd = later(weekEarlier, throttlePolicy.lockoutMinutes * 60_000);
    expect(checkAttempt(lockedOut, weekEarlier)).toEqual({ kind: 'lockedOut', until: lockoutEnd });
    const rebasedLockout = rebaseRecord(lockedOut, weekEarlier);
    expect(rebasedLockout).toEqual({ failures: 10, lastFailureAt: weekEarlier.toISOString(), lockedUntil: lockoutEnd.toISOString() });
    expect(checkAttempt(rebasedLockout, later(lockoutEnd, -1))).toMatchObject({ kind: 'lockedOut' });
    expect(checkAttempt(rebasedLockout, lockoutEnd)).toEqual({ kind: 'allowed' });
  });

  it('leaves a record with no time in the future as it is', () => {
    const { record, at } = failures(5);
    expect(rebaseRecord(record!, at)).toBe(record);
    const lockedOut = recordFailure(failures(9).record, at).record;
    expect(rebaseRecord(lockedOut, at)).toBe(lockedOut);
    expect(rebaseRecord(lockedOut, later(at, 60 * 60_000))).toBe(lockedOut);
  });
});
