import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findLocationByName, insertLocation, listLocations } from '../../db/repositories/locations';
import { insertYouth, listYouths } from '../../db/repositories/youths';
import { appMessages } from '../../main/errors/AppError';
import { keySlotPath, readKeySlots } from '../../main/security/keySlotStore';
import { runAudited } from '../../main/services/audit/runAudited';
import { lock } from '../../main/services/sessionService';
import { contract, type AccessLogEntry, type AccessLogPage, type Account, type SessionInfo, type Youth } from '../../preload/contract';
import { accessLogRows } from '../support/accessLogRows';
import { minutes, testClock } from '../support/clock';
import { seedYouths, signIn, staff, type TestYouth } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';

const workstation = 'PC-GROEP-NOORD-2';

const youths: TestYouth[] = [
  { firstName: 'Anouk', lastName: 'Aarts', dateOfBirth: '2010-03-01', location: 'Groep Noord' },
  { firstName: '=HYPERLINK("http://x.test")', lastName: 'Formule', dateOfBirth: '2009-05-03', location: 'Groep Zuid' },
];

async function setting() {
  const clock = testClock(new Date(Date.now() + minutes(1)));
  const services = await staffedServices({ now: clock.now, workstation });
  const [anouk, formula] = (await seedYouths(services, youths)) as [string, string];
  return { services, clock, ids: { anouk, formula } };
}

type Services = Awaited<ReturnType<typeof setting>>['services'];

function sqlite(services: Services) {
  return services.context.requireUnlocked().handle.sqlite;
}

/** Makes the next write of the key slot file fail: its temporary file's name is taken by a folder. */
function blockKeySlotWrites(databasePath: string): () => void {
  const blocker = `${keySlotPath(databasePath)}.${process.pid}.tmp`;
  fs.mkdirSync(blocker);
  return () => fs.rmdirSync(blocker);
}

describe('the access log is append-only', () => {
  it('refuses UPDATE and DELETE even from raw SQL on the open connection, and offers no call for either', async () => {
    const { services } = await setting();
    await signIn(services, 'officer');
    const before = accessLogRows(services);
    expect(before.length).toBeGreaterThan(5);
    const connection = sqlite(services);
    for (const statement of [
      "UPDATE access_log SET user_name = 'Iemand Anders' WHERE seq = 3",
      "UPDATE access_log SET reason = 'achteraf'",
      'DELETE FROM access_log WHERE seq = 3',
      'DELETE FROM access_log',
    ]) {
      expect(() => connection.exec(statement), statement).toThrow(/append-only/);
    }
    expect(accessLogRows(services)).toEqual(before);
    expect(Object.keys(contract.accessLog).sort()).toEqual(['exportCsv', 'forYouth', 'search']);
  });
});

describe('each action and its log entry are saved together or not at all', () => {
  it('a failure after the entry was logged leaves neither the change nor the entry', async () => {
    const { services, clock } = await setting();
    await signIn(services, 'officer');
    const { context } = services;
    const db = context.requireUnlocked().handle.db;
    const entries = accessLogRows(services).length;
    const locations = listLocations(db).length;
    const youthCount = listYouths(db).length;

    expect(() =>
      runAudited(context, 'change', (txDb, log) => {
        insertLocation(txDb, 'Groep Oost', clock.now().toISOString());
        log({ action: 'create', objectType: 'location' });
        throw new Error('mislukt na het loggen');
      }),
    ).toThrow('mislukt na het loggen');
    expect(() =>
      runAudited(context, 'change', (txDb, log, session) => {
        log({ action: 'create', objectType: 'youth' });
        insertYouth(txDb, { firstName: 'Geen', lastName: 'Locatie', dateOfBirth: '2010-01-01', locationId: 'bestaat-niet' }, { userId: session.user.id, now: clock.now().toISOString() });
      }),
    ).toThrow(/FOREIGN KEY/);
    expect(() => runAudited(context, 'read', (_txDb, log) => {
      log({ action: 'read', objectType: 'youthList' });
      throw new Error('lezen mislukt');
    })).toThrow('lezen mislukt');

    expect(accessLogRows(services)).toHaveLength(entries);
    expect(listLocations(db)).toHaveLength(locations);
    expect(listYouths(db)).toHaveLength(youthCount);
    // The chain goes on where it was: the next entry takes the next number.
    expectOk(await services.router('youths.list', undefined));
    expect(accessLogRows(services).at(-1)!.seq).toBe(entries + 1);
  });

  it('a change whose entry cannot be written is not saved', async () => {
    const { services } = await setting();
    await signIn(services, 'officer');
    const connection = sqlite(services);
    const north = findLocationByName(services.context.requireUnlocked().handle.db, 'Groep Noord')!.id;
    const before = (expectOk(await services.router('youths.list', undefined)) as Youth[]).length;
    connection.exec("CREATE TEMP TRIGGER log_fails BEFORE INSERT ON access_log BEGIN SELECT RAISE(ABORT, 'schijf vol (test)'); END");
    const result = await services.router('youths.create', { firstName: 'Zonder', lastName: 'Log', dateOfBirth: '2011-01-01', locationId: north });
    expect(result).toEqual({ ok: false, error: { code: 'INTERNAL', message: appMessages.internal } });
    connection.exec('DROP TRIGGER log_fails');
    expect(expectOk(await services.router('youths.list', undefined))).toHaveLength(before);
  });

  it('a password change or a new account whose key slot cannot be written is neither saved nor logged', async () => {
    const { services } = await setting();
    const { router, databasePath } = services;
    await signIn(services, 'admin');
    const slots = fs.readFileSync(keySlotPath(databasePath), 'utf8');
    const entries = accessLogRows(services).length;
    const unblock = blockKeySlotWrites(databasePath);
    try {
      expect(await router('accounts.create', { name: 'Nina Nieuw', role: 'teamLead', locationIds: [findLocationByName(services.context.requireUnlocked().handle.db, 'Groep Zuid')!.id], password: 'eerste-wachtwoord-nina' })).toEqual({
        ok: false,
        error: { code: 'INTERNAL', message: appMessages.internal },
      });
      expect(await router('session.changePassword', { currentPassword: staff.admin.password, newPassword: 'nieuw-beheer-wachtwoord' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    } finally {
      unblock();
    }
    expect(accessLogRows(services)).toHaveLength(entries);
    expect((expectOk(await router('accounts.list', undefined)) as Account[]).map((account) => account.name)).not.toContain('Nina Nieuw');
    expect(fs.readFileSync(keySlotPath(databasePath), 'utf8')).toBe(slots);
    lock(services.context);
    expectOk(await router('session.unlock', staff.admin));
    expect(readKeySlots(databasePath)!.slots).toHaveLength(4);
  });
});

describe('what an entry records', () => {
  it('user, role, time, youth, object, action, workstation and the reason where one was given', async () => {
    const { services, clock, ids } = await setting();
    const { router } = services;
    const info = (await signIn(services, 'worker')) as SessionInfo;
    const reason = 'Bezoek van de moeder aangekondigd, groep Zuid is onderbezet vanavond.';
    const requestedAt = clock.now().toISOString();
    expectOk(await router('emergency.request', { youthId: ids.formula, reason }));
    clock.advance(minutes(2));
    const openedAt = clock.now().toISOString();
    expectOk(await router('youths.open', { id: ids.formula }));
    clock.advance(minutes(1));
    expectOk(await router('session.lock', { reason: 'switchUser' }));

    await signIn(services, 'officer');
    const entries = accessLogRows(services).filter((row) => row.userId === info.user.id);
    expect(entries.slice(-4)).toEqual([
      expect.objectContaining({ action: 'login', objectType: 'session', userName: staff.worker.name, role: 'groupWorker', workstation }),
      {
        seq: expect.any(Number),
        at: requestedAt,
        userId: info.user.id,
        userName: staff.worker.name,
        role: 'groupWorker',
        action: 'emergencyAccess',
        objectType: 'emergencyAccess',
        objectId: expect.any(String),
        youthId: ids.formula,
        workstation,
        reason,
        details: 'geldig 8 uur',
        prevHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
      {
        seq: expect.any(Number),
        at: openedAt,
        userId: info.user.id,
        userName: staff.worker.name,
        role: 'groupWorker',
        action: 'read',
        objectType: 'youth',
        objectId: ids.formula,
        youthId: ids.formula,
        workstation,
        reason,
        details: 'via noodtoegang',
        prevHash: expect.any(String),
        hash: expect.any(String),
      },
      expect.objectContaining({ action: 'lock', objectType: 'session', details: 'gewisseld van gebruiker', at: new Date(Date.parse(openedAt) + minutes(1)).toISOString() }),
    ]);
  });
});

describe('reading the log', () => {
  it('"Wie heeft dit dossier ingezien?" lists the looks at one youth, newest first, and is itself logged', async () => {
    const { services, ids } = await setting();
    const { router } = services;
    await signIn(services, 'worker');
    expectOk(await router('youths.open', { id: ids.anouk }));
    lock(services.context);
    await signIn(services, 'officer');
    expectOk(await router('youths.open', { id: ids.anouk }));
    const entries = expectOk(await router('accessLog.forYouth', { youthId: ids.anouk })) as AccessLogEntry[];
    expect(entries.map((entry) => [entry.action, entry.userName, entry.youthLabel])).toEqual([
      ['read', staff.officer.name, 'Anouk Aarts'],
      ['read', staff.worker.name, 'Anouk Aarts'],
      ['create', staff.officer.name, 'Anouk Aarts'],
    ]);
    expect(accessLogRows(services).at(-1)).toMatchObject({ action: 'read', objectType: 'accessLog', youthId: ids.anouk, userName: staff.officer.name });
    expect(await router('accessLog.forYouth', { youthId: 'bestaat-niet' })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: appMessages.youthNotFound } });
  });

  it('the administrator searches the whole log with filters, and sees a reference instead of a youth’s name', async () => {
    const { services, ids } = await setting();
    const { router } = services;
    await signIn(services, 'admin');
    const all = expectOk(await router('accessLog.search', {})) as AccessLogPage;
    expect(all.total).toBe(accessLogRows(services).length - 1);
    expect(all.entries[0]!.seq).toBeGreaterThan(all.entries.at(-1)!.seq);
    const created = expectOk(await router('accessLog.search', { action: 'create', userName: staff.officer.name.toUpperCase() })) as AccessLogPage;
    expect(created.entries.map((entry) => entry.youthLabel)).toEqual([`J-${ids.formula.slice(0, 8)}`, `J-${ids.anouk.slice(0, 8)}`]);
    expect(JSON.stringify(all)).not.toContain('Anouk');
    const full = expectOk(await router('accessLog.search', {})) as AccessLogPage;
    // The full search's own entry is now the newest: the page skips just that one.
    const page = expectOk(await router('accessLog.search', { limit: 2, offset: 1 })) as AccessLogPage;
    expect(page.entries.map((entry) => entry.seq)).toEqual(full.entries.slice(0, 2).map((entry) => entry.seq));
    expect(page.total).toBe(full.total + 1);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Amsterdam' }).format(services.context.now());
    expect((expectOk(await router('accessLog.search', { from: today, to: today })) as AccessLogPage).total).toBeGreaterThan(0);
    expect((expectOk(await router('accessLog.search', { from: '2001-01-01', to: '2001-12-31' })) as AccessLogPage).total).toBe(0);
    expect(await router('accessLog.search', { from: '2026-02-01', to: '2026-01-01' })).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', fields: { to: 'De einddatum ligt vóór de begindatum.' } },
    });
  });

  it('exports CSV for Dutch Excel with formulas defused, and logs the export', async () => {
    const { services, ids } = await setting();
    const { router } = services;
    await signIn(services, 'lead');
    const reason = '=1+1 het signalement is nodig voor de politie';
    expectOk(await router('emergency.request', { youthId: ids.anouk, reason }));
    lock(services.context);
    await signIn(services, 'officer');
    const { fileName, csv } = expectOk(await router('accessLog.exportCsv', {})) as { fileName: string; csv: string };
    expect(fileName).toMatch(/^toegangslog-\d{12}\.csv$/);
    expect(csv.startsWith('\uFEFFVolgnummer;Tijd;Gebruiker;Rol;Actie;Onderdeel;Jongere;Werkplek;Reden;Details\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines.slice(1).every((line) => line.split(';').length >= 10)).toBe(true);
    expect(csv).toContain(`;"'=HYPERLINK(""http://x.test"") Formule";`);
    expect(csv).toContain(`;'${reason};`);
    expect(csv).not.toMatch(/;"?[=+@-]/);
    const exported = accessLogRows(services).at(-1)!;
    expect(exported).toMatchObject({ action: 'export', objectType: 'accessLog', userName: staff.officer.name, details: `CSV met ${lines.length - 1} regels` });
    // The export holds every entry before its own.
    expect(lines.length - 1).toBe(exported.seq - 1);
  });
});
