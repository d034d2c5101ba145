import { sourceMigrationsFolder } from '../../db/migrationsFolder';
import { findLocationByName } from '../../db/repositories/locations';
import { updateUser } from '../../db/repositories/users';
import { roleLabels } from '../../preload/contract';
import { silentLogger } from '../logging/logger';
import { createAccount, createLocation } from '../services/accountService';
import { createAppServices } from '../services/appServices';
import type { ServiceContext } from '../services/context';
import { databaseExists, lock, setUp, unlock } from '../services/sessionService';
import { createYouth } from '../services/youthService';
import { addDemoEpisodes } from './demoEpisodes';
import { addDemoFileContents } from './demoFileContents';
import { addDemoSignals } from './demoSignals';
import { demoAccounts, demoAdministrator, demoLogin, demoPassword, demoYouths } from './demoYouths';

export interface DemoResult {
  created: boolean;
  youthsAdded: number;
  login: { name: string; password: string };
  /** Every demo account, for the start message. */
  accounts: { name: string; role: string }[];
  /** Printed once, like the real app shows it once at setup. */
  recoveryKey?: string;
}

/**
 * Creates a demo database with fictional youths and staff where none exists. With `fill`, an
 * existing database gets the demo youths again (signed in as `login`, the demo officer by
 * default, into locations that already exist).
 */
export async function ensureDemoDatabase(
  databasePath: string,
  options: { fill?: boolean; login?: { name: string; password: string }; migrationsFolder?: string } = {},
): Promise<DemoResult> {
  const services = createAppServices({
    databasePath,
    migrationsFolder: options.migrationsFolder ?? sourceMigrationsFolder,
    logger: silentLogger,
  });
  const { context } = services;
  const login = options.login ?? { ...demoLogin };
  const accounts = [{ name: demoAdministrator.name, role: roleLabels.administrator }, ...demoAccounts.map(({ name, role }) => ({ name, role: roleLabels[role] }))];
  try {
    const created = !databaseExists(context);
    if (!created && !options.fill) return { created, youthsAdded: 0, login, accounts };
    let recoveryKey: string | undefined;
    if (created) {
      recoveryKey = (await setUp(context, demoAdministrator)).recoveryKey;
      await createDemoStaff(context);
      lock(context);
    }
    await unlock(context, login);
    let youthsAdded = 0;
    const today = new Date();
    for (const { location, ...youth } of demoYouths(today)) {
      const locationId = findLocationByName(context.requireUnlocked().handle.db, location)?.id;
      if (!locationId) continue;
      const created = createYouth(context, { ...youth, locationId });
      await addDemoFileContents(context, created, youthsAdded, today);
      addDemoEpisodes(context, created, youthsAdded, today);
      addDemoSignals(context, created, today);
      youthsAdded++;
    }
    return { created, youthsAdded, login, accounts, ...(recoveryKey ? { recoveryKey } : {}) };
  } finally {
    services.close();
  }
}

/** Signed in as the demo administrator: the locations, then the staff accounts. */
async function createDemoStaff(context: ServiceContext): Promise<void> {
  const names = [...new Set(demoYouths(new Date()).map((youth) => youth.location))];
  const locationIds = new Map(names.map((name) => [name, createLocation(context, name).id]));
  for (const account of demoAccounts) {
    const created = await createAccount(context, {
      name: account.name,
      role: account.role,
      locationIds: account.locations.map((name) => locationIds.get(name)!),
      password: demoPassword,
    });
    // Demo accounts keep the printed password: no forced change at the first login.
    updateUser(context.requireUnlocked().handle.db, created.id, { mustChangePassword: false });
  }
}
