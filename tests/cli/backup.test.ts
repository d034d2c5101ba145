import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { backupMessages } from '../../main/backup/backupMessages';
import { appMessages } from '../../main/errors/AppError';
import { unwrapDataKey } from '../../main/services/sessionService';
import { filledServices } from '../support/backupFixture';
import { runAdmin } from '../support/runAdmin';
import { staff } from '../support/staff';
import { migrationsFolder, snapshotFolder, tempDir } from '../support/tempDatabase';

/** `npm run admin -- …` as the administrator, the password on standard input. */
function admin(args: string[], password: string = staff.admin.password) {
  return runAdmin([...args, '--name', staff.admin.name], `${password}\n`);
}

/** A closed, filled database and an empty folder for its backups. */
async function databaseAndFolder() {
  const services = await filledServices();
  services.close();
  return { databasePath: services.databasePath, folder: tempDir() };
}

async function backupPath(databasePath: string, folder: string): Promise<string> {
  const run = await admin(['backup', '--db', databasePath, '--out', folder, '--keep', '3']);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return /^Back-up gemaakt en gecontroleerd: (.+)$/m.exec(run.stdout)![1]!;
}

function lastLogEntry(databasePath: string, dataKey: Buffer) {
  const handle = openDatabase({ path: databasePath, dataKey, migrationsFolder, readOnly: true });
  try {
    return handle.sqlite.prepare('SELECT action, object_type AS objectType, user_name AS userName FROM access_log WHERE action <> ? ORDER BY seq DESC LIMIT 1').get('lock');
  } finally {
    handle.close();
  }
}

const lockedFolders: string[] = [];
afterEach(() => {
  for (const dir of lockedFolders.splice(0)) {
    if (process.getuid?.() === 0) execFileSync('chattr', ['-i', dir]);
    else fs.chmodSync(dir, 0o755);
  }
});

describe('admin backup and restore', () => {
  it('backs up, shows a restore without changing a byte, restores with --confirm and keeps the old database aside', async () => {
    const { databasePath, folder } = await databaseAndFolder();
    const run = await admin(['backup', '--db', databasePath, '--out', folder]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Back-up gemaakt en gecontroleerd: .+waakzaam-\d{4}-\d{2}-\d{2}_\d{6}\.db$/m);
    expect(run.stdout).toMatch(/^Grootte: \d+,\d MB \(\d+ bytes\), tijd: \d+,\d\d s, schemaversie \d+$/m);
    expect(run.stdout).toMatch(/youths=2\b/);
    expect(run.stdout).toMatch(/youth_photos=1\b/);
    const backup = /^Back-up gemaakt en gecontroleerd: (.+)$/m.exec(run.stdout)![1]!;

    const databaseFolder = path.dirname(databasePath);
    const before = { database: snapshotFolder(databaseFolder), backups: snapshotFolder(folder) };
    const dryRun = await admin(['restore', '--db', databasePath, '--from', backup]);
    expect(dryRun.code).toBe(0);
    expect(dryRun.stdout).toContain('Er is niets gewijzigd.');
    expect(dryRun.stdout).toContain('--confirm');
    expect({ database: snapshotFolder(databaseFolder), backups: snapshotFolder(folder) }).toEqual(before);

    const restore = await admin(['restore', '--db', databasePath, '--from', backup, '--confirm']);
    expect(restore.code).toBe(0);
    const keptAside = /^De vorige database \(met sleutel- en ankerbestand\) staat in (.+)$/m.exec(restore.stdout)![1]!;
    expect(snapshotFolder(keptAside)).toEqual(before.database);
    expect(snapshotFolder(folder)).toEqual(before.backups);

    const { dataKey } = await unwrapDataKey(databasePath, staff.admin);
    expect(lastLogEntry(databasePath, dataKey)).toEqual({ action: 'change', objectType: 'backup', userName: staff.admin.name });
    expect(lastLogEntry(path.join(keptAside, path.basename(databasePath)), dataKey)).toEqual({ action: 'export', objectType: 'backup', userName: staff.admin.name });
    dataKey.fill(0);
    const verify = await admin(['verify', '--db', databasePath]);
    expect(verify.code).toBe(0);
    const audit = await admin(['audit-verify', '--db', databasePath]);
    expect(audit.stdout).toMatch(/^Toegangslog in orde: \d+ regels, de hashketen klopt\. Laatste regel \d+, hash [0-9a-f]{16}…\n$/);
    expect(audit.code).toBe(0);
  });

  it('refuses a wrong password in Dutch and writes no backup', async () => {
    const { databasePath, folder } = await databaseAndFolder();
    const run = await admin(['backup', '--db', databasePath, '--out', folder], 'niet-het-goede-1');
    expect(run).toEqual({ code: 1, stdout: '', stderr: `Fout: ${appMessages.wrongCredentials}\n` });
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('refuses a restore with a wrong password before anything is moved', async () => {
    const { databasePath, folder } = await databaseAndFolder();
    const backup = await backupPath(databasePath, folder);
    const before = snapshotFolder(path.dirname(databasePath));
    const run = await admin(['restore', '--db', databasePath, '--from', backup, '--confirm'], 'niet-het-goede-1');
    expect(run).toEqual({ code: 1, stdout: '', stderr: `Fout: ${appMessages.wrongCredentials}\n` });
    expect(snapshotFolder(path.dirname(databasePath))).toEqual(before);
  });

  it('refuses a corrupt backup before anything is moved, even with --confirm', async () => {
    const { databasePath, folder } = await databaseAndFolder();
    const backup = await backupPath(databasePath, folder);
    const bytes = fs.readFileSync(backup);
    bytes.fill(0, bytes.length - 4096);
    fs.writeFileSync(backup, bytes);
    const before = snapshotFolder(path.dirname(databasePath));
    const run = await admin(['restore', '--db', databasePath, '--from', backup, '--confirm']);
    expect(run).toEqual({ code: 1, stdout: '', stderr: `Fout: ${backupMessages.backupDamaged}\n` });
    expect(snapshotFolder(path.dirname(databasePath))).toEqual(before);
  });

  it('says in Dutch that a read-only folder cannot take the backup, and leaves no partial file', async () => {
    const { databasePath } = await databaseAndFolder();
    const folder = tempDir();
    if (process.getuid?.() === 0) execFileSync('chattr', ['+i', folder]);
    else fs.chmodSync(folder, 0o555);
    lockedFolders.push(folder);
    const run = await admin(['backup', '--db', databasePath, '--out', folder]);
    expect(run).toEqual({ code: 1, stdout: '', stderr: `Fout: ${backupMessages.folderReadOnly}\n` });
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('asks for the folder and a sensible --keep as usage errors (exit 2)', async () => {
    const { databasePath, folder } = await databaseAndFolder();
    expect(await admin(['backup', '--db', databasePath])).toMatchObject({ code: 2, stderr: 'Geef de map voor de back-up op met --out MAP.\n' });
    expect(await admin(['backup', '--db', databasePath, '--out', folder, '--keep', '0'])).toMatchObject({ code: 2, stderr: `${backupMessages.keepInvalid}\n` });
    expect(await admin(['restore', '--db', databasePath])).toMatchObject({ code: 2, stderr: 'Geef de back-up op met --from BESTAND.\n' });
  });
});
