import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sourceMigrationsFolder } from '../../db/migrationsFolder';
import { verifyAccessLog } from '../../main/services/audit/verifyAccessLog';
import { lock } from '../../main/services/sessionService';
import type { AccessLogPage } from '../../preload/contract';
import { seedYouths, signIn, staff } from '../support/staff';
import { staffedServices } from '../support/tempDatabase';

function secondInstance(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'tests/support/secondInstance.ts', ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
  });
}

describe('two app instances on one database', () => {
  it('both log every look, in one unbroken hash chain', async () => {
    const services = await staffedServices();
    const ids = await seedYouths(services, [
      { firstName: 'Anouk', lastName: 'Aarts', dateOfBirth: '2010-03-01', location: 'Groep Noord' },
      { firstName: 'Bas', lastName: 'Bakker', dateOfBirth: '2011-04-02', location: 'Groep Noord' },
    ]);
    const rounds = 60;
    const other = secondInstance([services.databasePath, staff.worker.name, staff.worker.password, String(rounds), ...ids]);
    await signIn(services, 'officer');
    let opened = 0;
    for (let round = 0; round < rounds; round++) {
      for (const id of ids) if ((await services.router('youths.open', { id })).ok) opened++;
      // Let the other process in between, as two people working at once would.
      await new Promise((resolve) => setImmediate(resolve));
    }
    lock(services.context);
    const result = await other;
    expect(result.stderr).toBe('');
    expect(Number(result.stdout)).toBe(rounds * ids.length);
    expect(opened).toBe(rounds * ids.length);

    const verification = await verifyAccessLog(services.databasePath, sourceMigrationsFolder, staff.admin);
    expect(verification.verdict).toMatchObject({ ok: true });
    await signIn(services, 'admin');
    const page = await services.router('accessLog.search', { action: 'read', limit: 1000 });
    if (!page.ok) throw new Error(page.error.message);
    const fileReads = (page.value as AccessLogPage).entries.filter((entry) => entry.objectType === 'youth');
    const byWorkstation = (name: string) => fileReads.filter((entry) => entry.workstation === name).length;
    expect(byWorkstation('tweede-instantie')).toBe(rounds * ids.length);
    expect(byWorkstation(services.context.workstation)).toBe(rounds * ids.length);
  });
});
