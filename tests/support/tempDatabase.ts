import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import { sourceMigrationsFolder } from '../../db/migrationsFolder';
import { silentLogger } from '../../main/logging/logger';
import { createAppServices, type AppServices } from '../../main/services/appServices';

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

/** The real services on an encrypted database in a temp dir; closed after the test. */
export function tempServices(databasePath = path.join(tempDir(), 'waakzaam.db')): AppServices & { databasePath: string } {
  const services = createAppServices({ databasePath, migrationsFolder, logger: silentLogger });
  cleanups.unshift(() => services.close());
  return { ...services, databasePath };
}

export const testAdmin = { name: 'Test Beheerder', password: 'correct horse battery staple' };

export function sidecarFiles(databasePath: string): string[] {
  return [databasePath, `${databasePath}-wal`, `${databasePath}-shm`, `${databasePath}-journal`];
}
