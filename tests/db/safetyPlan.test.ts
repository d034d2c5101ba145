import { describe, expect, it } from 'vitest';
import { appMessages } from '../../main/errors/AppError';
import { lock } from '../../main/services/sessionService';
import type { SafetyPlanContentInput, SafetyPlanVersion, SafetyPlanVersionSummary, YouthFile } from '../../preload/contract';
import { accessLogRows } from '../support/accessLogRows';
import { minutes, testClock } from '../support/clock';
import { seedYouths, signIn, staff, type TestYouth } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';

const youths: TestYouth[] = [
  { firstName: 'Anouk', lastName: 'Aarts', alias: '', dateOfBirth: '2010-03-01', location: 'Groep Noord' },
  { firstName: 'Cato', lastName: 'Claes', alias: '', dateOfBirth: '2009-05-03', location: 'Groep Zuid' },
];

/** A fixed moment well after the staffed template's own log entries (2036-03-04 10:15 in Amsterdam). */
const start = new Date('2036-03-04T09:15:00.000Z');

const firstPlan: SafetyPlanContentInput = {
  participants: [
    { name: 'Anouk Aarts', role: 'jongere' },
    { name: 'Marja Aarts', role: 'moeder' },
  ],
  agreements: 'Anouk is om 22:00 binnen.\nTelefoon gaat om 23:00 naar de groepsleiding.',
  riskSituations: 'Na ruzie thuis loopt Anouk weg.',
  actionsWhenUnsafe: 'Bel Anouk, daarna de moeder.',
  callWhenUnsafe: [{ name: 'Marja Aarts', role: 'moeder', phone: '06 1234 5678' }],
  socialMedia: 'Let op nieuwe volgers met cadeaus.',
  reviewDate: '2036-06-01',
};

const secondPlan: SafetyPlanContentInput = {
  ...firstPlan,
  agreements: 'Anouk is om 21:30 binnen.\nTelefoon gaat om 23:00 naar de groepsleiding.',
  reviewDate: '2036-05-01',
};

async function setting() {
  const clock = testClock(start);
  const services = await staffedServices({ now: clock.now });
  const [anouk, cato] = (await seedYouths(services, youths)) as [string, string];
  return { services, clock, ids: { anouk, cato } };
}

type Services = Awaited<ReturnType<typeof setting>>['services'];

async function versionsOf(services: Services, youthId: string): Promise<SafetyPlanVersionSummary[]> {
  return expectOk(await services.router('safetyPlan.versions', { youthId })) as SafetyPlanVersionSummary[];
}

describe('safety plan versions', () => {
  it('saves every change as the next version, keeps the older one as it was, and lists both with who and when', async () => {
    const { services, clock, ids } = await setting();
    await signIn(services, 'officer');
    const first = expectOk(await services.router('safetyPlan.save', { youthId: ids.anouk, basedOnVersion: null, content: firstPlan })) as SafetyPlanVersion;
    expect(first).toEqual({
      youthId: ids.anouk,
      version: 1,
      savedAt: start.toISOString(),
      savedByName: staff.officer.name,
      content: { ...firstPlan, callWhenUnsafe: [{ name: 'Marja Aarts', role: 'moeder', phone: '0612345678' }] },
    });
    lock(services.context);

    clock.advance(minutes(90));
    await signIn(services, 'worker');
    const second = expectOk(await services.router('safetyPlan.save', { youthId: ids.anouk, basedOnVersion: 1, content: secondPlan })) as SafetyPlanVersion;
    expect(second).toMatchObject({ version: 2, savedAt: clock.now().toISOString(), savedByName: staff.worker.name });
    expect(second.content.agreements).toBe(secondPlan.agreements);

    expect(expectOk(await services.router('safetyPlan.get', { youthId: ids.anouk, version: 1 }))).toEqual(first);
    expect(expectOk(await services.router('safetyPlan.get', { youthId: ids.anouk, version: 2 }))).toEqual(second);
    expect(await versionsOf(services, ids.anouk)).toEqual([
      { youthId: ids.anouk, version: 2, savedAt: second.savedAt, savedByName: staff.worker.name },
      { youthId: ids.anouk, version: 1, savedAt: first.savedAt, savedByName: staff.officer.name },
    ]);
    // The file opens with the newest version as the active plan.
    expect((expectOk(await services.router('youths.open', { id: ids.anouk })) as YouthFile).safetyPlan).toEqual(second);
    expect(await services.router('safetyPlan.get', { youthId: ids.anouk, version: 3 })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: appMessages.planVersionNotFound },
    });
  });

  it('refuses a save based on an older version with a CONFLICT naming the newer one, and writes nothing', async () => {
    const { services, clock, ids } = await setting();
    await signIn(services, 'officer');
    expectOk(await services.router('safetyPlan.save', { youthId: ids.anouk, basedOnVersion: null, content: firstPlan }));
    lock(services.context);
    clock.advance(minutes(5));
    await signIn(services, 'worker');
    expectOk(await services.router('safetyPlan.save', { youthId: ids.anouk, basedOnVersion: 1, content: secondPlan }));
    lock(services.context);

    await signIn(services, 'officer');
    const logged = accessLogRows(services).length;
    const conflict = { ok: false, error: { code: 'CONFLICT', message: appMessages.planConflict(2, '4 maart 2036 om 10:20', staff.worker.name) } };
    expect(await services.router('safetyPlan.save', { youthId: ids.anouk, basedOnVersion: 1, content: { ...firstPlan, agreements: 'Mijn eigen tekst' } })).toEqual(conflict);
    // A second "first plan" from a form opened before any plan existed is just as stale.
    expect(await services.router('safetyPlan.save', { youthId: ids.anouk, basedOnVersion: null, content: firstPlan })).toEqual(conflict);
    expect(await services.router('safetyPlan.save', { youthId: ids.anouk, basedOnVersion: 7, content: firstPlan })).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: appMessages.planVersionNotFound },
    });
    expect(accessLogRows(services).length).toBe(logged);
    expect((await versionsOf(services, ids.anouk)).map((summary) => summary.version)).toEqual([2, 1]);
  });

  it('refuses a plan without a review date or with a wrong phone number, field by field, and saves nothing', async () => {
    const { services, ids } = await setting();
    await signIn(services, 'officer');
    const { reviewDate: _left, ...withoutReviewDate } = firstPlan;
    expect(await services.router('safetyPlan.save', { youthId: ids.anouk, basedOnVersion: null, content: withoutReviewDate })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', message: appMessages.invalidInput, fields: { 'content.reviewDate': expect.any(String) } },
    });
    expect(await services.router('safetyPlan.save', { youthId: ids.anouk, basedOnVersion: null, content: { ...firstPlan, reviewDate: '2036-02-30' } })).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: appMessages.invalidInput, fields: { 'content.reviewDate': 'Vul een bestaande datum in (jjjj-mm-dd).' } },
    });
    const badPhone = { ...firstPlan, callWhenUnsafe: [...firstPlan.callWhenUnsafe!, { name: 'Wijkagent', role: 'politie', phone: '12345' }] };
    expect(await services.router('safetyPlan.save', { youthId: ids.anouk, basedOnVersion: null, content: badPhone })).toEqual({
      ok: false,
      error: {
        code: 'VALIDATION',
        message: appMessages.invalidInput,
        fields: { 'content.callWhenUnsafe.1.phone': 'Vul een geldig telefoonnummer in, bijvoorbeeld 06 12345678 of +32 470 12 34 56.' },
      },
    });
    expect(await versionsOf(services, ids.anouk)).toEqual([]);
  });

  it('refuses a group worker the plan of a youth of another location, and logs the refused look', async () => {
    const { services, ids } = await setting();
    await signIn(services, 'officer');
    expectOk(await services.router('safetyPlan.save', { youthId: ids.cato, basedOnVersion: null, content: firstPlan }));
    lock(services.context);

    await signIn(services, 'worker');
    const logged = accessLogRows(services).length;
    const noAccess = { ok: false, error: { code: 'FORBIDDEN', message: appMessages.noAccessToYouth } };
    expect(await services.router('safetyPlan.versions', { youthId: ids.cato })).toEqual(noAccess);
    expect(await services.router('safetyPlan.get', { youthId: ids.cato, version: 1 })).toEqual(noAccess);
    expect(await services.router('safetyPlan.save', { youthId: ids.cato, basedOnVersion: 1, content: secondPlan })).toEqual(noAccess);
    expect(accessLogRows(services).slice(logged)).toEqual([
      expect.objectContaining({ action: 'refused', objectType: 'safetyPlan', youthId: ids.cato, userName: staff.worker.name }),
      expect.objectContaining({ action: 'refused', objectType: 'safetyPlan', youthId: ids.cato, userName: staff.worker.name }),
      expect.objectContaining({ action: 'refused', objectType: 'safetyPlan', youthId: ids.cato, userName: staff.worker.name }),
    ]);
    lock(services.context);

    await signIn(services, 'officer');
    expect((await versionsOf(services, ids.cato)).map((summary) => summary.version)).toEqual([1]);
  });

  it('logs every save, every version read and the version list, under emergency access with its reason', async () => {
    const { services, ids } = await setting();
    await signIn(services, 'worker');
    const logged = accessLogRows(services).length;
    expectOk(await services.router('safetyPlan.save', { youthId: ids.anouk, basedOnVersion: null, content: firstPlan }));
    expectOk(await services.router('safetyPlan.save', { youthId: ids.anouk, basedOnVersion: 1, content: secondPlan }));
    expectOk(await services.router('safetyPlan.versions', { youthId: ids.anouk }));
    expectOk(await services.router('safetyPlan.get', { youthId: ids.anouk, version: 1 }));
    const entry = (action: string, details: string) =>
      expect.objectContaining({ action, objectType: 'safetyPlan', youthId: ids.anouk, userName: staff.worker.name, reason: null, details });
    expect(accessLogRows(services).slice(logged)).toEqual([
      entry('create', 'versie 1'),
      entry('change', 'versie 2'),
      entry('read', 'lijst van 2 versies'),
      entry('read', 'versie 1'),
    ]);

    const reason = 'Cato is vannacht niet teruggekomen; ik heb haar veiligheidsplan nodig.';
    expectOk(await services.router('emergency.request', { youthId: ids.cato, reason }));
    const beforeEmergencyWork = accessLogRows(services).length;
    expectOk(await services.router('safetyPlan.save', { youthId: ids.cato, basedOnVersion: null, content: firstPlan }));
    expectOk(await services.router('safetyPlan.get', { youthId: ids.cato, version: 1 }));
    expect(accessLogRows(services).slice(beforeEmergencyWork)).toEqual([
      expect.objectContaining({ action: 'create', objectType: 'safetyPlan', youthId: ids.cato, reason, details: 'versie 1; via noodtoegang' }),
      expect.objectContaining({ action: 'read', objectType: 'safetyPlan', youthId: ids.cato, reason, details: 'versie 1; via noodtoegang' }),
    ]);
  });
});
