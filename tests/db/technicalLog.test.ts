import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findLocationByName } from '../../db/repositories/locations';
import { createConsoleLogger } from '../../main/logging/logger';
import { keySlotPath } from '../../main/security/keySlotStore';
import { newRecoveryKey } from '../../main/security/recoveryKey';
import { lock } from '../../main/services/sessionService';
import type { Youth } from '../../preload/contract';
import { signIn, staff } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';

describe('the technical log', () => {
  it('gets no youth name, password or recovery key, also when calls fail', async () => {
    const lines: string[] = [];
    const services = await staffedServices({ logger: createConsoleLogger((line) => lines.push(line)) });
    const { router, recoveryKey, databasePath } = services;
    const youth = { firstName: 'Zoëlla', lastName: 'Geheimnaam', dateOfBirth: '2010-08-09' };
    const typedPasswords = ['geheim-fout-wachtwoord-77', 'nieuw-beheer-wachtwoord-55', 'eerste-wachtwoord-nina-3', 'mijn-nieuwe-zin-van-woorden'];
    const wrongKey = newRecoveryKey();

    expect((await router('session.unlock', { name: staff.worker.name, password: typedPasswords[0] })).ok).toBe(false);
    expect((await router('session.unlock', { name: 'Onbekende Persoon', password: staff.worker.password })).ok).toBe(false);
    expect((await router('session.recover', { recoveryKey: wrongKey, name: staff.admin.name, newPassword: typedPasswords[1] })).ok).toBe(false);

    await signIn(services, 'officer');
    const north = findLocationByName(services.context.requireUnlocked().handle.db, 'Groep Noord')!.id;
    const created = expectOk(await router('youths.create', { ...youth, locationId: north })) as Youth;
    expect((await router('youths.create', { ...youth, dateOfBirth: '2999-01-01', locationId: north })).ok).toBe(false);
    expectOk(await router('youths.open', { id: created.id }));
    const renamed = expectOk(
      await router('youths.update', { ...youth, id: created.id, firstName: `${youth.firstName}-Marie`, locationId: north, profile: {}, basedOnUpdatedAt: created.updatedAt }),
    ) as Youth;
    expectOk(await router('accessLog.exportCsv', {}));
    // An unexpected failure while saving the youth: logged, with its stack.
    const connection = services.context.requireUnlocked().handle.sqlite;
    connection.exec("CREATE TEMP TRIGGER log_fails BEFORE INSERT ON access_log BEGIN SELECT RAISE(ABORT, 'schijf vol (test)'); END");
    expect(await router('youths.update', { ...youth, id: created.id, locationId: north, profile: {}, basedOnUpdatedAt: renamed.updatedAt })).toMatchObject({
      ok: false,
      error: { code: 'INTERNAL' },
    });
    lock(services.context);

    expectOk(await router('session.recover', { recoveryKey: recoveryKey.toLowerCase(), name: staff.admin.name, newPassword: typedPasswords[1] }));
    const blocker = `${keySlotPath(databasePath)}.${process.pid}.tmp`;
    fs.mkdirSync(blocker);
    try {
      expect(await router('accounts.create', { name: 'Nina Nieuw', role: 'groupWorker', locationIds: [north], password: typedPasswords[2] })).toMatchObject({
        ok: false,
        error: { code: 'INTERNAL' },
      });
      expect(await router('session.changePassword', { currentPassword: typedPasswords[1], newPassword: typedPasswords[3] })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    } finally {
      fs.rmdirSync(blocker);
    }
    expect((await router('session.changePassword', { currentPassword: 'niet-het-huidige', newPassword: typedPasswords[3] })).ok).toBe(false);
    services.close();

    // The failures above did reach the log (so the search below searched something)...
    expect(lines.filter((line) => line.includes(' ERROR ')).length).toBeGreaterThanOrEqual(3);
    expect(lines.join('\n')).toContain('schijf vol (test)');
    // ...without anything a user typed that is secret or about a youth.
    const secrets = [
      youth.firstName,
      youth.lastName,
      ...typedPasswords,
      ...Object.values(staff).map((member) => member.password),
      recoveryKey,
      recoveryKey.replace(/-/g, ''),
      wrongKey,
      'Onbekende Persoon',
    ];
    const text = lines.join('\n').toLowerCase();
    for (const secret of secrets) expect(text, secret).not.toContain(secret.toLowerCase());
  });
});
