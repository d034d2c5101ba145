import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sourceMigrationsFolder } from '../../db/migrationsFolder';
import { findLocationByName } from '../../db/repositories/locations';
import { updateUser } from '../../db/repositories/users';
import { silentLogger } from '../../main/logging/logger';
import { createAccount, createLocation } from '../../main/services/accountService';
import { createAppServices, type AppServices } from '../../main/services/appServices';
import { lock, setUp, unlock } from '../../main/services/sessionService';
import { createYouth } from '../../main/services/youthService';
import type { NewYouth, Role } from '../../preload/contract';

/** Fictional staff of a test organisation: one account per role. */
export const staff = {
  admin: { name: 'Eva Beheer', password: 'e2e-wachtwoord-123', role: 'administrator', locations: [] },
  officer: { name: 'Olga Aandacht', password: 'aandacht-wachtwoord-1', role: 'traffickingOfficer', locations: [] },
  worker: { name: 'Wim Groep', password: 'groepswerk-wachtwoord-1', role: 'groupWorker', locations: ['Groep Noord'] },
  lead: { name: 'Tess Leiding', password: 'teamleider-wachtwoord-1', role: 'teamLead', locations: ['Groep Zuid'] },
} as const satisfies Record<string, { name: string; password: string; role: Role; locations: readonly string[] }>;

export type StaffMember = keyof typeof staff;
export const staffLocations = ['Groep Noord', 'Groep Zuid', 'Groep West'] as const;

/** A youth with its location by name (one of `staffLocations`); alias and profile may be left out. */
export type TestYouth = Omit<NewYouth, 'locationId' | 'alias'> & { alias?: string; location: (typeof staffLocations)[number] };

let template: { dir: string; recoveryKey: string } | undefined;

/**
 * Builds the staffed database once per test process (every account costs a real KDF, about half
 * a second) and gives each caller its own copy of the files.
 */
async function staffedTemplate(): Promise<{ dir: string; recoveryKey: string }> {
  if (template) return template;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'waakzaam-template-'));
  const services = createAppServices({ databasePath: path.join(dir, 'waakzaam.db'), migrationsFolder: sourceMigrationsFolder, logger: silentLogger });
  const { context } = services;
  const { recoveryKey } = await setUp(context, { name: staff.admin.name, password: staff.admin.password });
  const locationIds = new Map(staffLocations.map((name) => [name, createLocation(context, name).id]));
  for (const member of [staff.officer, staff.worker, staff.lead]) {
    const account = await createAccount(context, {
      name: member.name,
      role: member.role,
      locationIds: member.locations.map((name) => locationIds.get(name)!),
      password: member.password,
    });
    updateUser(context.requireUnlocked().handle.db, account.id, { mustChangePassword: false });
  }
  lock(context);
  services.close();
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
  template = { dir, recoveryKey };
  return template;
}

/** Copies the staffed database (and its key slot, anchor and login files) to `databasePath`. */
export async function copyStaffedDatabase(databasePath: string): Promise<{ recoveryKey: string }> {
  const { dir, recoveryKey } = await staffedTemplate();
  fs.mkdirSync(path.dirname(databasePath), { recursive: true });
  for (const name of fs.readdirSync(dir)) {
    fs.copyFileSync(path.join(dir, name), path.join(path.dirname(databasePath), name.replace(/^waakzaam\.db/, path.basename(databasePath))));
  }
  return { recoveryKey };
}

export function signIn(services: AppServices, member: StaffMember) {
  const { name, password } = staff[member];
  return unlock(services.context, { name, password });
}

/** Creates the youths as the officer (who may file under every location) and locks again. */
export async function seedYouths(services: AppServices, youths: readonly TestYouth[]): Promise<string[]> {
  await signIn(services, 'officer');
  const db = services.context.requireUnlocked().handle.db;
  const ids = youths.map(({ location, ...youth }) => createYouth(services.context, { alias: '', ...youth, locationId: findLocationByName(db, location)!.id }).id);
  lock(services.context);
  return ids;
}
