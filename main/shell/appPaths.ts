import path from 'node:path';
import type { BackupPolicy } from '../backup/backupRunner';
import type { ItConfig } from '../config/itConfig';

/**
 * Where the running app finds its database, backups and migrations. Pure: index.ts passes in
 * what Electron's `app` reports and the IT config read beside the executable.
 */
export interface AppPathFacts {
  /** process.env.WAAKZAAM_DB: set by `npm start` (demo) or for a single PC by hand. */
  databaseFromEnv: string | undefined;
  /** waakzaam.config.json beside the executable (main/config/itConfig.ts), or its defaults. */
  itConfig: ItConfig;
  /** app.getPath('userData') */
  userDataDir: string;
  /** app.isPackaged */
  isPackaged: boolean;
  /** process.resourcesPath: where electron-builder's extraResources land. */
  resourcesPath: string;
  /** app.getAppPath(): the repository folder when run from source. */
  appPath: string;
}

export interface AppPaths {
  databasePath: string;
  migrationsFolder: string;
  backup: BackupPolicy;
}

export const databaseFileName = 'waakzaam.db';

/**
 * The machine-wide folder IT configured wins: staff on one PC must share one database, whatever
 * an environment variable in one account says. Without it, WAAKZAAM_DB, then the user's own folder.
 */
export function resolveAppPaths(facts: AppPathFacts): AppPaths {
  const { itConfig } = facts;
  const fromEnv = facts.databaseFromEnv?.trim();
  const databasePath = itConfig.databaseFolder
    ? path.join(itConfig.databaseFolder, databaseFileName)
    : fromEnv
      ? path.resolve(fromEnv)
      : path.join(facts.userDataDir, databaseFileName);
  return {
    databasePath,
    migrationsFolder: facts.isPackaged ? path.join(facts.resourcesPath, 'migrations') : path.join(facts.appPath, 'db', 'migrations'),
    backup: {
      folder: itConfig.backupFolder ?? path.join(path.dirname(databasePath), 'back-ups'),
      keep: itConfig.backupKeep,
      intervalMinutes: itConfig.backupIntervalMinutes,
    },
  };
}
