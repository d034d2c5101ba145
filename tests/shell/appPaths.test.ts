import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveAppPaths } from '../../main/shell/appPaths';

const facts = {
  databaseFromEnv: undefined,
  userDataDir: '/home/u/.config/Waakzaam',
  isPackaged: false,
  resourcesPath: '/opt/Waakzaam/resources',
  appPath: '/src/waakzaam',
};

describe('app paths', () => {
  it('puts the database in userData unless WAAKZAAM_DB says otherwise', () => {
    expect(resolveAppPaths(facts).databasePath).toBe(path.join('/home/u/.config/Waakzaam', 'waakzaam.db'));
    expect(resolveAppPaths({ ...facts, databaseFromEnv: '/srv/data/w.db' }).databasePath).toBe(path.resolve('/srv/data/w.db'));
    expect(resolveAppPaths({ ...facts, databaseFromEnv: '  ' }).databasePath).toBe(path.join('/home/u/.config/Waakzaam', 'waakzaam.db'));
  });

  it('reads migrations from the source tree in development and from resources when packaged', () => {
    expect(resolveAppPaths(facts).migrationsFolder).toBe(path.join('/src/waakzaam', 'db', 'migrations'));
    expect(resolveAppPaths({ ...facts, isPackaged: true }).migrationsFolder).toBe(path.join('/opt/Waakzaam/resources', 'migrations'));
  });
});
