import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { listBackups } from '../../main/backup/backupFiles';
import { backupMessages } from '../../main/backup/backupMessages';
import { backUpAtQuit } from '../../main/backup/backupClock';
import { createBackupRunner } from '../../main/backup/backupRunner';
import { lock } from '../../main/services/sessionService';
import { filledServices } from '../support/backupFixture';
import { minutes, testClock } from '../support/clock';
import { signIn } from '../support/staff';
import { tempDir } from '../support/tempDatabase';

async function runnerFor(options: { intervalMinutes?: number; folder?: string } = {}) {
  const clock = testClock(new Date('2026-03-04T10:00:00'));
  const services = await filledServices({ now: clock.now });
  await signIn(services, 'worker');
  const folder = options.folder ?? tempDir();
  const runner = createBackupRunner(services.context, { folder, keep: 5, intervalMinutes: options.intervalMinutes ?? 15 });
  return { services, clock, folder, runner };
}

function lastLogEntry(services: Awaited<ReturnType<typeof filledServices>>) {
  return services.context.requireUnlocked().handle.sqlite.prepare('SELECT action, object_type AS objectType, details FROM access_log ORDER BY seq DESC LIMIT 1').get();
}

describe('automatic and manual backups in a worker thread', () => {
  it('backs up in a worker while main keeps running, then reports the backup as the newest and logs it', async () => {
    const { services, folder, runner } = await runnerFor();
    expect(runner.status()).toMatchObject({ lastSuccessAt: null, overdue: true, running: false });

    const pending = runner.run('manual');
    // A backup made on the main thread would be finished before a timer could fire.
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(runner.status().running).toBe(true);
    expect(runner.run('manual')).toBe(pending);
    const summary = await pending;

    expect(listBackups(folder).map((file) => path.basename(file))).toEqual([summary.fileName]);
    expect(summary).toMatchObject({ fileName: 'waakzaam-2026-03-04_100000.db', logIntact: true, removed: 0 });
    expect(runner.status()).toMatchObject({ lastFileName: summary.fileName, overdue: false, running: false, lastError: null });
    expect(lastLogEntry(services)).toMatchObject({ action: 'export', objectType: 'backup', details: expect.stringContaining('op verzoek') });
  });

  it('backs up after the interval of use, counting only time with a session unlocked', async () => {
    const { services, clock, folder, runner } = await runnerFor({ intervalMinutes: 15 });
    await runner.run('manual');
    clock.advance(minutes(1));
    await runner.tick(minutes(10));
    expect(listBackups(folder)).toHaveLength(1);
    lock(services.context);
    await runner.tick(minutes(30));
    expect(listBackups(folder)).toHaveLength(1);
    await signIn(services, 'worker');
    await runner.tick(minutes(5));
    expect(listBackups(folder)).toHaveLength(2);
    expect(lastLogEntry(services)).toMatchObject({ details: expect.stringContaining('na de ingestelde gebruikstijd') });
    clock.advance(minutes(1));
    await runner.tick(minutes(14));
    expect(listBackups(folder)).toHaveLength(2);
  });

  it('backs up at the first minute of use when the newest backup is already older than the interval, then waits a full interval', async () => {
    const { folder, runner } = await runnerFor({ intervalMinutes: 15 });
    await runner.tick(minutes(1));
    expect(listBackups(folder)).toHaveLength(1);
    await runner.tick(minutes(1));
    expect(listBackups(folder)).toHaveLength(1);
  });

  it('warns once the newest backup is older than the interval', async () => {
    const { clock, runner } = await runnerFor({ intervalMinutes: 15 });
    await runner.run('manual');
    clock.advance(minutes(15));
    expect(runner.status().overdue).toBe(false);
    clock.advance(minutes(1));
    expect(runner.status().overdue).toBe(true);
  });

  it('says in Dutch why a backup failed, keeps saying it until one succeeds, and logs nothing', async () => {
    const missing = path.join(tempDir(), 'bestaat-niet');
    const { services, runner } = await runnerFor({ folder: missing });
    const before = lastLogEntry(services);
    await expect(runner.run('manual')).rejects.toThrow(backupMessages.folderMissing);
    expect(runner.status()).toMatchObject({ lastError: backupMessages.folderMissing, overdue: true, running: false });
    expect(lastLogEntry(services)).toEqual(before);
    fs.mkdirSync(missing);
    await runner.run('manual');
    expect(runner.status().lastError).toBeNull();
  });
});

describe('the backup at quit', () => {
  it('backs up while a session is unlocked, logged as made at quit', async () => {
    const { services, folder, runner } = await runnerFor();
    expect(await backUpAtQuit(runner, services.context)).toBe('made');
    expect(listBackups(folder)).toHaveLength(1);
    expect(lastLogEntry(services)).toMatchObject({ details: expect.stringContaining('bij het afsluiten') });
  });

  it('does nothing once locked (no key), and gives up waiting after the timeout without failing the quit', async () => {
    const { services, folder, runner } = await runnerFor();
    lock(services.context);
    expect(await backUpAtQuit(runner, services.context)).toBe('locked');
    expect(listBackups(folder)).toEqual([]);
    await signIn(services, 'worker');
    expect(await backUpAtQuit(runner, services.context, 1)).toBe('timedOut');
  });

  it('reports a failed backup without throwing', async () => {
    const { services, runner } = await runnerFor({ folder: path.join(tempDir(), 'weg') });
    expect(await backUpAtQuit(runner, services.context)).toBe('failed');
  });
});
