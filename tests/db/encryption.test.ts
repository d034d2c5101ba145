import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databaseFiles } from '../../db/client';
import { findLocationByName } from '../../db/repositories/locations';
import { auditAnchorPath } from '../../main/services/audit/auditAnchor';
import { keySlotPath } from '../../main/security/keySlotStore';
import { loginAttemptPath } from '../../main/security/loginAttemptStore';
import type { Youth } from '../../preload/contract';
import { signIn } from '../support/staff';
import { expectOk, staffedServices, tempDir } from '../support/tempDatabase';

describe('encryption at rest', () => {
  it('keeps a youth written through the API out of the database file, its WAL and its journal', async () => {
    const marker = `Zxqvmarker${Date.now()}`;
    const services = await staffedServices();
    const { router, databasePath, close } = services;
    await signIn(services, 'officer');
    const locationId = findLocationByName(services.context.requireUnlocked().handle.db, 'Groep West')!.id;
    const { id } = expectOk(await router('youths.create', { firstName: marker, lastName: 'Testjongere', dateOfBirth: '2011-04-02', locationId })) as Youth;
    const listed = expectOk(await router('youths.list', undefined)) as Youth[];
    expect(listed.map((y) => y.firstName)).toContain(marker);
    // The access log names the youth's file: it is encrypted like the rest.
    expectOk(await router('youths.open', { id }));

    const needles = [marker, marker.toLowerCase(), Buffer.from(marker, 'utf16le').toString('latin1')];
    const sideFiles = [keySlotPath(databasePath), auditAnchorPath(databasePath), loginAttemptPath(databasePath)];
    const scan = () => {
      const existing = databaseFiles(databasePath).filter((file) => fs.existsSync(file));
      for (const file of [...existing, ...sideFiles.filter((side) => fs.existsSync(side))]) {
        const bytes = fs.readFileSync(file).toString('latin1');
        for (const needle of needles) expect(bytes.includes(needle), `${needle} found in ${file}`).toBe(false);
      }
      return existing;
    };
    // While open, the new rows live in the WAL: it must be encrypted as well.
    expect(scan()).toContain(`${databasePath}-wal`);
    // A failed login queues its event in a side file beside the database (and, as any login
    // attempt does, signs out whoever was signed in).
    expect((await router('session.unlock', { name: marker, password: `${marker}-wachtwoord` })).ok).toBe(false);
    close();
    expect(fs.existsSync(loginAttemptPath(databasePath))).toBe(true);
    const afterClose = scan();
    expect(afterClose).toContain(databasePath);
    // The header of an encrypted file is random bytes, not the plain "SQLite format 3".
    expect(fs.readFileSync(databasePath).subarray(0, 15).toString('latin1')).not.toBe('SQLite format 3');
  });

  it('(control) the same scan does find a marker in a plain SQLite file', () => {
    const file = path.join(tempDir(), 'plain.db');
    const plain = new Database(file);
    plain.exec("CREATE TABLE t (x TEXT); INSERT INTO t VALUES ('Zxqvcontrolmarker')");
    plain.close();
    expect(fs.readFileSync(file).toString('latin1')).toContain('Zxqvcontrolmarker');
  });
});
