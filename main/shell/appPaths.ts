import path from 'node:path';

/**
 * Where the running app finds its database and migrations. Pure: index.ts passes in what
 * Electron's `app` reports.
 */
export interface AppPathFacts {
  /** process.env.WAAKZAAM_DB: set by IT (machine-wide folder) or by `npm start` (demo). */
  databaseFromEnv: string | undefined;
  /** app.getPath('userData') */
  userDataDir: string;
  /** app.isPackaged */
  isPackaged: boolean;
  /** process.resourcesPath: where electron-builder's extraResources land. */
  resourcesPath: string;
  /** app.getAppPath(): the repository folder when run from source. */
  appPath: string;
}

export function resolveAppPaths(facts: AppPathFacts): { databasePath: string; migrationsFolder: string } {
  const fromEnv = facts.databaseFromEnv?.trim();
  return {
    databasePath: fromEnv ? path.resolve(fromEnv) : path.join(facts.userDataDir, 'waakzaam.db'),
    migrationsFolder: facts.isPackaged
      ? path.join(facts.resourcesPath, 'migrations')
      : path.join(facts.appPath, 'db', 'migrations'),
  };
}
