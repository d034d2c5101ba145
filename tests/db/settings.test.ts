import { describe, expect, it } from 'vitest';
import { readSettings } from '../../db/repositories/settings';
import { defaultSettings } from '../../preload/contract';
import { signIn } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';

describe('settings', () => {
  it('are changed by the administrator; a damaged stored value falls back to its own default only, and login still works', async () => {
    const services = await staffedServices();
    await signIn(services, 'admin');
    expectOk(await services.router('settings.update', { ...defaultSettings, idleLockMinutes: 12, emergencyAccessHours: 6, missingEscalationMinutes: 20 }));
    const { sqlite, db } = services.context.requireUnlocked().handle;
    sqlite.prepare("UPDATE settings SET value = '{niet json' WHERE key = 'emergencyAccessHours'").run();
    expect(readSettings(db)).toEqual({ ...defaultSettings, idleLockMinutes: 12, missingEscalationMinutes: 20 });
    sqlite.prepare("UPDATE settings SET value = '500' WHERE key IN ('idleLockMinutes', 'missingEscalationMinutes')").run();
    expect(readSettings(db)).toEqual(defaultSettings);
    expect(await signIn(services, 'worker')).toMatchObject({ idleLockSeconds: defaultSettings.idleLockMinutes * 60 });
  });

  it('keep the meldcode settings: the idle time of a case and which decisions need a second signature', async () => {
    const services = await staffedServices();
    await signIn(services, 'admin');
    expect(defaultSettings).toMatchObject({ meldcodeIdleDays: 14, countersignDecisions: 'reports' });
    expect(expectOk(await services.router('settings.update', { ...defaultSettings, meldcodeIdleDays: 30, countersignDecisions: 'all' }))).toMatchObject({ meldcodeIdleDays: 30, countersignDecisions: 'all' });
    expect(await services.router('settings.update', { ...defaultSettings, meldcodeIdleDays: 0, countersignDecisions: 'sometimes' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { meldcodeIdleDays: 'Kies minstens 1 dag.', countersignDecisions: expect.any(String) } },
    });
    const { sqlite, db } = services.context.requireUnlocked().handle;
    sqlite.prepare("UPDATE settings SET value = '\"sometimes\"' WHERE key = 'countersignDecisions'").run();
    expect(readSettings(db)).toMatchObject({ meldcodeIdleDays: 30, countersignDecisions: 'reports' });
  });
});
