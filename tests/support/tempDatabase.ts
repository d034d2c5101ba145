import fs from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { sourceMigrationsFolder } from '../../db/migrationsFolder';
import { silentLogger } from '../../main/logging/logger';
import { createAppServices, type AppServices } from '../../main/services/appServices';
import type { ServiceConfig } from '../../main/services/context';
import { copyStaffedDatabase } from './staff';

export const migrationsFolder = sourceMigrationsFolder;

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length) cleanups.pop()?.();
});

/** A fresh folder under the OS temp dir, removed after the test. */
export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waakzaam-test-'));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** What a test may set besides the paths: an injected clock, a logger, a short idle lock. */
export type TestServiceOptions = Partial<Omit<ServiceConfig, 'databasePath' | 'migrationsFolder'>>;

/** The real services on an encrypted database in a temp dir; closed after the test. */
export function tempServices(
  databasePath = path.join(tempDir(), 'waakzaam.db'),
  options: TestServiceOptions = {},
): AppServices & { databasePath: string } {
  const services = createAppServices({ databasePath, migrationsFolder, logger: silentLogger, ...options });
  cleanups.unshift(() => services.close());
  return { ...services, databasePath };
}

export const testAdmin = { name: 'Test Beheerder', password: 'correct horse battery staple' };

/** The real services on a copy of the staffed test database (see staff.ts), locked. */
export async function staffedServices(
  options: TestServiceOptions = {},
): Promise<AppServices & { databasePath: string; recoveryKey: string }> {
  const databasePath = path.join(tempDir(), 'waakzaam.db');
  const { recoveryKey } = await copyStaffedDatabase(databasePath);
  return { ...tempServices(databasePath, options), recoveryKey };
}

/** Every file in the folder with its SHA-256, to prove a failed open changed nothing. */
export function snapshotFolder(dir: string): Record<string, string> {
  return Object.fromEntries(
    fs
      .readdirSync(dir)
      .sort()
      .map((name) => [name, createHash('sha256').update(fs.readFileSync(path.join(dir, name))).digest('hex')]),
  );
}

export function expectOk<T>(result: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!result.ok) throw new Error(`call failed: ${JSON.stringify(result.error)}`);
  return result.value;
}
