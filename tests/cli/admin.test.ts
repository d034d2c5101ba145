import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownSchemaVersion } from '../../db/migrate';
import { demoAccounts, demoAdministrator } from '../../main/demo/demoYouths';
import { migrationsFolder, snapshotFolder, tempDir } from '../support/tempDatabase';

/** Runs the admin command as IT staff would, with the password on standard input. */
function admin(args: string[], stdin = '') {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'main/cli/admin.ts', ...args], {
    input: stdin,
    encoding: 'utf8',
    env: { ...process.env, WAAKZAAM_DEBUG: '' },
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const password = 'beheer-wachtwoord-2026';

describe('npm run admin', () => {
  it('init creates a database that verify accepts; the password never appears in argv', () => {
    const db = path.join(tempDir(), 'praktijk.db');
    const init = admin(['init', '--db', db, '--name', 'Beheer Een'], `${password}\n`);
    expect(init).toMatchObject({ code: 0 });
    expect(init.stdout).toContain('Database aangemaakt');
    expect(init.stdout).toContain('Eerste beheerder: Beheer Een');
    expect(init.stdout).toMatch(/Herstelsleutel: ([0-9A-Z]{4}-){7}[0-9A-Z]{4}\n/);
    expect(init.stdout).not.toContain(password);
    const verify = admin(['verify', '--db', db, '--name', 'beheer een'], `${password}\n`);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain(
      `sleutel klopt, schemaversie ${knownSchemaVersion(migrationsFolder)}, integriteit ok, rijen: users=1, locations=0, youths=0`,
    );
  });

  it('fails with one Dutch line and exit code 1 on a wrong password, changing nothing', () => {
    const dir = tempDir();
    const db = path.join(dir, 'praktijk.db');
    expect(admin(['init', '--db', db, '--name', 'Beheer Een'], `${password}\n`).code).toBe(0);
    const before = snapshotFolder(dir);
    const wrong = admin(['verify', '--db', db, '--name', 'Beheer Een'], 'niet-het-wachtwoord\n');
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toBe('Fout: Gebruikersnaam of wachtwoord klopt niet.\n');
    expect(snapshotFolder(dir)).toEqual(before);
  });

  it('fails with one line on a damaged file (no stack trace)', () => {
    const dir = tempDir();
    const db = path.join(dir, 'praktijk.db');
    expect(admin(['init', '--db', db, '--name', 'Beheer Een'], `${password}\n`).code).toBe(0);
    fs.truncateSync(db, 4096 + 17);
    const result = admin(['verify', '--db', db, '--name', 'Beheer Een'], `${password}\n`);
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Fout: Het databasebestand is beschadigd/);
    expect(result.stderr).not.toMatch(/at .*\.ts|Error:/);
  });

  it('demo creates fictional youths and staff and prints the logins; demo on it again adds more youths', () => {
    const db = path.join(tempDir(), 'demo.db');
    const first = admin(['demo', '--db', db]);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Demodatabase aangemaakt: .* \(12 fictieve jongeren\)/);
    const login = /gebruikersnaam "(.+)", wachtwoord "(.+)"/.exec(first.stdout);
    expect(login).not.toBeNull();
    const others = /Andere demo-accounts \(zelfde wachtwoord\): (.+)\n/.exec(first.stdout)?.[1]?.split(', ');
    expect(new Set(others)).toEqual(new Set([demoAdministrator.name, ...demoAccounts.map((a) => a.name)].filter((name) => name !== login![1])));
    expect(first.stdout).toMatch(/Herstelsleutel van de demo: ([0-9A-Z]{4}-){7}[0-9A-Z]{4}\n/);
    const verify = admin(['verify', '--db', db, '--name', login![1]!], `${login![2]}\n`);
    expect(verify.stdout).toMatch(/users=4, locations=4, youths=12/);
    // Every printed account opens the database with the printed password.
    expect(admin(['verify', '--db', db, '--name', others![0]!], `${login![2]}\n`).code).toBe(0);
    const again = admin(['demo', '--db', db]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/Demojongeren toegevoegd aan: .* \(12 fictieve jongeren\)/);
    expect(again.stdout).not.toMatch(/Herstelsleutel/);
    expect(admin(['verify', '--db', db, '--name', login![1]!], `${login![2]}\n`).stdout).toMatch(/youths=24/);
    // Two demo runs, each re-encoding its portraits in a worker thread: slow on a loaded 2-core CI.
  }, 180_000);

  it('rejects unknown commands, missing --db and short passwords with usage exit code 2', () => {
    expect(admin(['wis-alles', '--db', 'x.db']).code).toBe(2);
    expect(admin(['verify']).stderr).toContain('--db');
    const short = admin(['init', '--db', path.join(tempDir(), 'k.db'), '--name', 'Beheer'], 'kort\n');
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('minstens 12 tekens');
  });
});
