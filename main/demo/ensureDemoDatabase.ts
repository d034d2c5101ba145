import { silentLogger } from '../logging/logger';
import { createAppServices } from '../services/appServices';
import { databaseExists, setUp, unlock } from '../services/sessionService';
import { createYouth } from '../services/youthService';
import { demoLogin, demoYouths } from './demoYouths';
import { sourceMigrationsFolder } from '../../db/migrationsFolder';

export interface DemoResult {
  created: boolean;
  youthsAdded: number;
  login: { name: string; password: string };
}

/**
 * Creates a demo database with fictional youths where none exists. With `fill`, an existing
 * database gets the demo youths too (signed in as `login`, the demo account by default).
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
  try {
    const created = !databaseExists(context);
    if (!created && !options.fill) return { created, youthsAdded: 0, login };
    if (created) await setUp(context, login, 'traffickingOfficer');
    else await unlock(context, login);
    const youths = demoYouths(new Date());
    for (const youth of youths) createYouth(context, youth);
    return { created, youthsAdded: youths.length, login };
  } finally {
    services.close();
  }
}
