import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { appMessages } from '../../main/errors/AppError';
import { loginAttemptPath } from '../../main/security/loginAttemptStore';
import { delaySeconds, throttlePolicy } from '../../main/security/loginThrottle';
import { lock } from '../../main/services/sessionService';
import type { Account, Result } from '../../preload/contract';
import { accessLogRows } from '../support/accessLogRows';
import { hours, minutes, testClock, type TestClock } from '../support/clock';
import { signIn, staff } from '../support/staff';
import { expectOk, staffedServices, tempServices } from '../support/tempDatabase';

type Services = Awaited<ReturnType<typeof staffedServices>>;

const wrongPassword = { ok: false, error: { code: 'WRONG_CREDENTIALS', message: appMessages.wrongCredentials } };
const waitFor = (seconds: number) => ({ ok: false, error: { code: 'TOO_MANY_ATTEMPTS', message: appMessages.tooManyAttempts(seconds) } });
const amsterdamTime = new Intl.DateTimeFormat('nl-NL', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Amsterdam' });
const lockedOutUntil = (until: Date) => ({ ok: false, error: { code: 'ACCOUNT_LOCKED_OUT', message: appMessages.lockedOut(amsterdamTime.format(until), 'login') } });

async function setting() {
  const clock = testClock(new Date(Date.now() + minutes(1)));
  const services = await staffedServices({ now: clock.now });
  return { clock, services };
}

/**
 * Fails `count` times with a wrong password, each time as soon as the throttle allows it; returns
 * the times of the failures. `already` failures were made before.
 */
async function failLogins(services: Services, clock: TestClock, name: string, count: number, already = 0): Promise<string[]> {
  const times: string[] = [];
  for (let i = already; i < already + count; i++) {
    clock.advance(delaySeconds(i) * 1000);
    const result = await services.router('session.unlock', { name, password: 'dit-is-het-niet-123' });
    times.push(clock.now().toISOString());
    if (i + 1 < throttlePolicy.lockoutAfter) expect(result, `failure ${i + 1}`).toEqual(wrongPassword);
    else expect(result, `failure ${i + 1}`).toEqual(lockedOutUntil(new Date(clock.now().getTime() + minutes(30))));
  }
  return times;
}

describe('failed logins', () => {
  it('allow three free failures; the fourth attempt waits, and the wait grows', async () => {
    const { services, clock } = await setting();
    await failLogins(services, clock, staff.worker.name, 3);
    // Even the right password has to wait.
    expect(await services.router('session.unlock', staff.worker)).toEqual(waitFor(5));
    clock.advance(4000);
    expect(await services.router('session.unlock', staff.worker)).toEqual(waitFor(1));
    clock.advance(1000);
    expect(await services.router('session.unlock', { name: staff.worker.name, password: 'nog-steeds-fout-1' })).toEqual(wrongPassword);
    expect(await services.router('session.unlock', staff.worker)).toEqual(waitFor(10));
    // Another login is not slowed down by the worker's failures.
    expectOk(await services.router('session.unlock', staff.lead));
    lock(services.context);
    clock.advance(10_000);
    expectOk(await services.router('session.unlock', staff.worker));
    // A successful login starts the count over.
    lock(services.context);
    await failLogins(services, clock, staff.worker.name, 3);
  });

  it('lock the login out after ten; the failures and the lockout reach the access log at the next login, with their own times', async () => {
    const { services, clock } = await setting();
    const times = await failLogins(services, clock, staff.worker.name, 10);
    const until = new Date(Date.parse(times.at(-1)!) + minutes(30));
    expect(await services.router('session.unlock', staff.worker)).toEqual(lockedOutUntil(until));

    clock.advance(minutes(1));
    await signIn(services, 'lead');
    const entries = accessLogRows(services).slice(-12);
    expect(entries.map((entry) => [entry.action, entry.userName, entry.role, entry.at])).toEqual([
      ...times.map((at) => ['loginFailed', staff.worker.name, 'groupWorker', at]),
      ['lockout', staff.worker.name, 'groupWorker', times.at(-1)],
      ['login', staff.lead.name, 'teamLead', clock.now().toISOString()],
    ]);
    // Written once: the next login does not repeat them.
    lock(services.context);
    await signIn(services, 'lead');
    expect(accessLogRows(services).filter((entry) => entry.action === 'loginFailed')).toHaveLength(10);
    lock(services.context);

    clock.set(new Date(until.getTime() - 1000));
    expect(await services.router('session.unlock', staff.worker)).toEqual(lockedOutUntil(until));
    clock.set(until);
    expectOk(await services.router('session.unlock', staff.worker));
  });

  it('are counted on disk: a restart of the app does not reset the wait', async () => {
    const { services, clock } = await setting();
    await failLogins(services, clock, staff.worker.name, 4);
    services.close();
    const restarted = tempServices(services.databasePath, { now: clock.now });
    expect(await restarted.router('session.unlock', staff.worker)).toEqual(waitFor(10));
    clock.advance(10_000);
    expectOk(await restarted.router('session.unlock', staff.worker));
    expect(accessLogRows(restarted).filter((entry) => entry.action === 'loginFailed')).toHaveLength(4);
  });

  it('answer an unknown user name exactly as a wrong password, step by step, without keeping the typed name', async () => {
    const { services, clock } = await setting();
    const unknown = 'Wim Grope';
    const wrong = 'groepswerk-wachtwoord-2';
    const answers = async () =>
      Promise.all([
        services.router('session.unlock', { name: staff.worker.name, password: wrong }),
        services.router('session.unlock', { name: unknown, password: wrong }),
      ]);
    for (let i = 0; i < 3; i++) {
      const [known, notKnown] = await answers();
      expect(notKnown).toEqual(known);
      expect(known).toEqual(wrongPassword);
    }
    for (const expected of [waitFor(5), waitFor(2)]) {
      const [known, notKnown] = await answers();
      expect(notKnown).toEqual(known);
      expect(known).toEqual(expected);
      clock.advance(3000);
    }
    expect(fs.readFileSync(loginAttemptPath(services.databasePath), 'utf8')).not.toMatch(/grope/i);

    await signIn(services, 'officer');
    const failed = accessLogRows(services).filter((entry) => entry.action === 'loginFailed');
    expect(failed).toHaveLength(6);
    expect(failed.filter((entry) => entry.userName === staff.worker.name)).toHaveLength(3);
    for (const entry of failed.filter((candidate) => candidate.userName !== staff.worker.name)) {
      expect(entry).toMatchObject({ userName: null, userId: null, role: null, details: 'onbekende gebruikersnaam (bewaard buiten de database tot deze login)' });
    }
    expect(JSON.stringify(accessLogRows(services))).not.toContain(unknown);
  });

  it('a password reset by the administrator ends a lockout at once', async () => {
    const { services, clock } = await setting();
    await failLogins(services, clock, staff.worker.name, 10);
    await signIn(services, 'admin');
    const worker = (expectOk(await services.router('accounts.list', undefined)) as Account[]).find((account) => account.name === staff.worker.name)!;
    expectOk(await services.router('accounts.resetPassword', { id: worker.id, password: 'een-nieuw-begin-123' }));
    lock(services.context);
    expectOk(await services.router('session.unlock', { name: staff.worker.name, password: 'een-nieuw-begin-123' }));
  });

  it('with the clock set back, a wait or a lockout lasts no longer than the policy', async () => {
    const { services, clock } = await setting();
    await failLogins(services, clock, staff.worker.name, 3);
    const failedAt = clock.now();
    clock.set(new Date(failedAt.getTime() - hours(24)));
    expect(await services.router('session.unlock', staff.worker)).toEqual(waitFor(5));
    clock.advance(2000);
    expect(await services.router('session.unlock', staff.worker)).toEqual(waitFor(3));
    clock.advance(3000);
    expectOk(await services.router('session.unlock', staff.worker));
    lock(services.context);

    clock.set(failedAt);
    const times = await failLogins(services, clock, staff.lead.name, 10);
    const weekEarlier = new Date(Date.parse(times.at(-1)!) - hours(24 * 7));
    clock.set(weekEarlier);
    const result = (await services.router('session.unlock', staff.lead)) as Result<unknown>;
    expect(result).toEqual(lockedOutUntil(new Date(weekEarlier.getTime() + minutes(30))));
    clock.advance(minutes(30));
    expectOk(await services.router('session.unlock', staff.lead));
  });
});
