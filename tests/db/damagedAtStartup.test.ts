import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseMessages } from '../../db/errors';
import { backUp } from '../../main/backup/backupService';
import { lock } from '../../main/services/sessionService';
import { seedYouths, signIn, staff } from '../support/staff';
import { expectOk, snapshotFolder, staffedServices, tempDir, tempServices } from '../support/tempDatabase';

const { officer } = staff;

/** A staffed database with one youth and `backups` backups in a folder of their own, closed. */
async function databaseWithBackups(backups: number) {
  const services = await staffedServices();
  await seedYouths(services, [{ firstName: 'Iris', lastName: 'Proef', dateOfBirth: '2010-02-03', location: 'Groep West' }]);
  const backupFolder = tempDir();
  await signIn(services, 'admin');
  const made = Array.from({ length: backups }, () => path.basename(backUp(services.context, { folder: backupFolder, keep: 10 }).path));
  lock(services.context);
  services.close();
  return { databasePath: services.databasePath, dir: path.dirname(services.databasePath), backupFolder, made };
}

/** Flips bytes inside the second page: the page's HMAC fails, page 1 (the key's proof) still reads. */
function garbleSecondPage(file: string): void {
  const bytes = fs.readFileSync(file);
  bytes[4096 + 100] = (bytes[4096 + 100] ?? 0) ^ 0xff;
  fs.writeFileSync(file, bytes);
}

async function unlockWithBackupFolder(databasePath: string, backupFolder: string) {
  return tempServices(databasePath, { backup: { folder: backupFolder, keep: 10, intervalMinutes: 15 } }).router('session.unlock', { name: officer.name, password: officer.password });
}

describe('a database damaged at startup', () => {
  it('is refused after its quick check without a byte written, naming the newest backup that opens', async () => {
    const { databasePath, dir, backupFolder, made } = await databaseWithBackups(2);
    garbleSecondPage(databasePath);
    const before = { database: snapshotFolder(dir), backups: snapshotFolder(backupFolder) };

    const result = await unlockWithBackupFolder(databasePath, backupFolder);

    expect(result).toEqual({
      ok: false,
      error: { code: 'DB_CORRUPT', message: `${databaseMessages.corrupt} ${databaseMessages.newestBackup(made[1]!, backupFolder)}` },
    });
    // No login counter, no access-log entry, no migration, no WAL: the folder is as it was.
    expect(snapshotFolder(dir)).toEqual(before.database);
    expect(snapshotFolder(backupFolder)).toEqual(before.backups);
  });

  it('passes over a newest backup that is damaged too', async () => {
    const { databasePath, backupFolder, made } = await databaseWithBackups(2);
    garbleSecondPage(databasePath);
    garbleSecondPage(path.join(backupFolder, made[1]!));
    expect(await unlockWithBackupFolder(databasePath, backupFolder)).toEqual({
      ok: false,
      error: { code: 'DB_CORRUPT', message: `${databaseMessages.corrupt} ${databaseMessages.newestBackup(made[0]!, backupFolder)}` },
    });
  });

  it('says so when the backup folder holds no usable backup', async () => {
    const { databasePath, dir } = await databaseWithBackups(0);
    fs.truncateSync(databasePath, 4096 * 3);
    const emptyFolder = tempDir();
    const before = snapshotFolder(dir);
    expect(await unlockWithBackupFolder(databasePath, emptyFolder)).toEqual({
      ok: false,
      error: { code: 'DB_CORRUPT', message: `${databaseMessages.corrupt} ${databaseMessages.noBackup(emptyFolder)}` },
    });
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('names the backup too when page 1 no longer opens with the key its own slots hold', async () => {
    const { databasePath, backupFolder, made } = await databaseWithBackups(1);
    const bytes = fs.readFileSync(databasePath);
    bytes.fill(0x41, 200, 600);
    fs.writeFileSync(databasePath, bytes);
    expect(await unlockWithBackupFolder(databasePath, backupFolder)).toEqual({
      ok: false,
      error: { code: 'DB_WRONG_KEY', message: `${databaseMessages.wrongKey} ${databaseMessages.newestBackup(made[0]!, backupFolder)}` },
    });
  });

  it('leaves a healthy database alone', async () => {
    const { databasePath, backupFolder } = await databaseWithBackups(1);
    expectOk(await unlockWithBackupFolder(databasePath, backupFolder));
  });
});
