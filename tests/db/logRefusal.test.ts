import { describe, expect, it } from 'vitest';
import { AppError, appMessages } from '../../main/errors/AppError';
import { logRefusal, type RefusedAttempt } from '../../main/services/audit/logRefusal';
import { lock } from '../../main/services/sessionService';
import { accessLogRows, newEntries } from '../support/accessLogRows';
import { testClock } from '../support/clock';
import { recordingLogger } from '../support/loggers';
import { seedYouths, signIn, staff } from '../support/staff';
import { staffedServices } from '../support/tempDatabase';

/** Well after the staffed template's own log entries, so the clock is never behind the log. */
const start = new Date('2036-03-04T09:15:00.000Z');

async function setting() {
  const { lines, logger } = recordingLogger();
  const services = await staffedServices({ now: testClock(start).now, logger });
  const [cato] = (await seedYouths(services, [{ firstName: 'Cato', lastName: 'Claes', dateOfBirth: '2009-05-03', location: 'Groep Zuid' }])) as [string];
  const attempt: RefusedAttempt = { attempt: 'foto toevoegen', objectType: 'photo', youthId: cato };
  return { services, lines, cato, attempt };
}

const noAccess = () => new AppError('FORBIDDEN', appMessages.noAccessToYouth);

/** Work refused only after an await, as adding a photo is after its re-encoding. */
function refusedLater() {
  const refusal = noAccess();
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const work = async () => {
    await released;
    throw refusal;
  };
  return { refusal, release, work };
}

const refusedEntry = (youthId: string, userName: string) =>
  expect.objectContaining({ action: 'refused', objectType: 'photo', youthId, userName, details: 'foto toevoegen; geen toegang: niet van de eigen locaties' });

describe('logging a refused attempt', () => {
  it('names the user who tried, also when the refusal comes after an await', async () => {
    const { services, lines, cato, attempt } = await setting();
    await signIn(services, 'worker');
    const before = accessLogRows(services).length;
    const { refusal, release, work } = refusedLater();
    const call = logRefusal(services.context, attempt, work);
    release();
    await expect(call).rejects.toBe(refusal);
    expect(newEntries(services, before)).toEqual([refusedEntry(cato, staff.worker.name)]);
    expect(lines).toEqual([]);
  });

  it('never logs it under a colleague who signed in meanwhile, and still passes the refusal on', async () => {
    const { services, lines, attempt } = await setting();
    await signIn(services, 'worker');
    const { refusal, release, work } = refusedLater();
    const call = logRefusal(services.context, attempt, work);
    await signIn(services, 'lead');
    const before = accessLogRows(services).length;
    release();
    await expect(call).rejects.toBe(refusal);
    expect(newEntries(services, before)).toEqual([]);
    expect(lines).toEqual([expect.stringMatching(/ERROR refused attempt not logged AppError: /)]);
  });

  it('passes the refusal on, not the lock, when the session ended before it came', async () => {
    const { services, lines, attempt } = await setting();
    await signIn(services, 'worker');
    const { refusal, release, work } = refusedLater();
    const call = logRefusal(services.context, attempt, work);
    lock(services.context);
    release();
    await expect(call).rejects.toBe(refusal);
    expect(lines).toEqual([expect.stringMatching(/ERROR refused attempt not logged AppError: /)]);
  });

  it('passes the refusal on when writing the entry fails, and says so in the technical log', async () => {
    const { services, lines, attempt } = await setting();
    await signIn(services, 'worker');
    const connection = services.context.requireUnlocked().handle.sqlite;
    connection.exec("CREATE TEMP TRIGGER log_fails BEFORE INSERT ON access_log BEGIN SELECT RAISE(ABORT, 'schijf vol (test)'); END");
    const refusal = noAccess();
    expect(() =>
      logRefusal(services.context, attempt, () => {
        throw refusal;
      }),
    ).toThrow(refusal);
    expect(lines).toEqual([expect.stringMatching(/ERROR refused attempt not logged .*schijf vol \(test\)/)]);
  });
});
