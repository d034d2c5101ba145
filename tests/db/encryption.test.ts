import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databaseFiles } from '../../db/client';
import { expectOk, tempDir, tempServices, testAdmin } from '../support/tempDatabase';

describe('encryption at rest', () => {
  it('keeps a youth written through the API out of the database file, its WAL and its journal', async () => {
    const marker = `Zxqvmarker${Date.now()}`;
    const { router, databasePath, close } = tempServices();
    expectOk(await router('session.setup', testAdmin));
    expectOk(
      await router('youths.create', { firstName: marker, lastName: 'Testjongere', dateOfBirth: '2011-04-02', location: 'Groep Oost' }),
    );
    const listed = expectOk(await router('youths.list', undefined)) as { firstName: string }[];
    expect(listed.map((y) => y.firstName)).toContain(marker);

    const needles = [marker, marker.toLowerCase(), Buffer.from(marker, 'utf16le').toString('latin1')];
    const scan = () => {
      const existing = databaseFiles(databasePath).filter((file) => fs.existsSync(file));
      for (const file of [...existing, `${databasePath}.keyslots.json`]) {
        const bytes = fs.readFileSync(file).toString('latin1');
        for (const needle of needles) expect(bytes.includes(needle), `${needle} found in ${file}`).toBe(false);
      }
      return existing;
    };
    // While open, the new rows live in the WAL: it must be encrypted as well.
    expect(scan()).toContain(`${databasePath}-wal`);
    close();
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
