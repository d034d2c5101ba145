import { afterEach, describe, expect, it, vi } from 'vitest';
import { readAuditAnchor } from '../../main/services/audit/auditAnchor';
import { idleLockGraceSeconds } from '../../main/services/idleLock';
import { appMessages } from '../../main/errors/AppError';
import { defaultSettings, type LockReason, type SessionInfo } from '../../preload/contract';
import { accessLogRows } from '../support/accessLogRows';
import { signIn } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';

const locked = { ok: false, error: { code: 'LOCKED', message: appMessages.locked } };

afterEach(() => {
  vi.useRealTimers();
});

describe('locking', () => {
  it('drops the data key (overwritten with zeros) and closes the connection with its decrypted pages', async () => {
    const services = await staffedServices();
    await signIn(services, 'worker');
    const session = services.context.current!;
    const keyCopy = Buffer.from(session.dataKey);
    expect(keyCopy.some((byte) => byte !== 0)).toBe(true);

    expect(expectOk(await services.router('session.lock', { reason: 'manual' }))).toBeNull();
    expect(services.context.current).toBeUndefined();
    expect(session.dataKey.every((byte) => byte === 0)).toBe(true);
    expect(session.handle.sqlite.open).toBe(false);
    expect(await services.router('youths.list', undefined)).toEqual(locked);
    expect(expectOk(await services.router('session.status', undefined))).toEqual({ state: 'locked' });

    // The lock is the newest entry, and the anchor beside the database knows it.
    await signIn(services, 'worker');
    const rows = accessLogRows(services);
    const lockEntry = rows.at(-2)!;
    expect(lockEntry).toMatchObject({ action: 'lock', objectType: 'session', details: 'vergrendeld door de gebruiker' });
    expect(rows.at(-1)).toMatchObject({ action: 'login' });
    services.close();
    expect(readAuditAnchor(services.databasePath)).toEqual({ seq: lockEntry.seq + 2, hash: expect.any(String) });
  });

  it('records why the session ended', async () => {
    const services = await staffedServices();
    const ended: LockReason[] = [];
    services.context.onSessionChange((event) => {
      if (event.type === 'ended') ended.push(event.reason);
    });
    for (const reason of ['manual', 'idle', 'switchUser'] as const) {
      await signIn(services, 'lead');
      expectOk(await services.router('session.lock', { reason }));
    }
    await signIn(services, 'lead');
    services.close();
    expect(ended).toEqual(['manual', 'idle', 'switchUser', 'quit']);
    await signIn(services, 'lead');
    const details = accessLogRows(services)
      .filter((row) => row.action === 'lock')
      .slice(-4)
      .map((row) => row.details);
    expect(details).toEqual(['vergrendeld door de gebruiker', 'automatisch vergrendeld na inactiviteit', 'gewisseld van gebruiker', 'app afgesloten']);
    expect(await services.router('session.lock', { reason: 'system' })).toMatchObject({ ok: false, error: { code: 'VALIDATION' } });
  });

  it('drops the key even when the lock entry cannot be written', async () => {
    const services = await staffedServices();
    await signIn(services, 'worker');
    const session = services.context.current!;
    session.handle.sqlite.exec("CREATE TEMP TRIGGER log_fails BEFORE INSERT ON access_log BEGIN SELECT RAISE(ABORT, 'schijf vol (test)'); END");
    expect(expectOk(await services.router('session.lock', undefined))).toBeNull();
    expect(services.context.current).toBeUndefined();
    expect(session.dataKey.every((byte) => byte === 0)).toBe(true);
  });

  it('signing in as someone else ends the previous session and wipes its key', async () => {
    const services = await staffedServices();
    await signIn(services, 'worker');
    const previous = services.context.current!;
    await signIn(services, 'lead');
    expect(previous.dataKey.every((byte) => byte === 0)).toBe(true);
    expect(previous.handle.sqlite.open).toBe(false);
    expect(services.context.current!.user.role).toBe('teamLead');
  });
});

describe("main's idle backstop", () => {
  it('locks after the idle time plus the grace minute, unless the renderer reports activity', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const services = await staffedServices({ idleLockSeconds: 2 });
    const info = (await signIn(services, 'worker')) as SessionInfo;
    expect(info.idleLockSeconds).toBe(2);
    const session = services.context.current!;
    const timeout = (2 + idleLockGraceSeconds) * 1000;

    await vi.advanceTimersByTimeAsync(timeout - 1000);
    expectOk(await services.router('session.touch', undefined));
    await vi.advanceTimersByTimeAsync(timeout - 1000);
    expect(services.context.current).toBe(session);

    await vi.advanceTimersByTimeAsync(1000);
    expect(services.context.current).toBeUndefined();
    expect(session.dataKey.every((byte) => byte === 0)).toBe(true);
    expect(await services.router('youths.list', undefined)).toEqual(locked);

    vi.useRealTimers();
    await signIn(services, 'worker');
    expect(accessLogRows(services).at(-2)).toMatchObject({ action: 'lock', details: 'automatisch vergrendeld na inactiviteit' });
  });

  it('follows the idle time set by the administrator, counted afresh for every session', async () => {
    const services = await staffedServices();
    await signIn(services, 'admin');
    expectOk(await services.router('settings.update', { ...defaultSettings, idleLockMinutes: 1, emergencyAccessHours: 8 }));
    expectOk(await services.router('session.lock', undefined));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const info = (await signIn(services, 'worker')) as SessionInfo;
    expect(info.idleLockSeconds).toBe(60);
    const timeout = (60 + idleLockGraceSeconds) * 1000;
    await vi.advanceTimersByTimeAsync(timeout - 20_000);
    expectOk(await services.router('session.lock', undefined));
    await signIn(services, 'lead');
    // The worker's session would have timed out here; the lead's has only just begun.
    await vi.advanceTimersByTimeAsync(30_000);
    expect(services.context.current?.user.role).toBe('teamLead');
    await vi.advanceTimersByTimeAsync(timeout - 30_000);
    expect(services.context.current).toBeUndefined();
  });
});
