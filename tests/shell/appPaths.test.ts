import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { itConfigDefaults } from '../../main/config/itConfig';
import { resolveAppPaths, type AppPathFacts } from '../../main/shell/appPaths';

const facts: AppPathFacts = {
  databaseFromEnv: undefined,
  itConfig: { ...itConfigDefaults },
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

  it('uses the machine-wide folders of the IT config before anything else', () => {
    const itConfig = { databaseFolder: '/var/lib/waakzaam', backupFolder: '/srv/backup/waakzaam', backupKeep: 14, backupIntervalMinutes: 30 };
    expect(resolveAppPaths({ ...facts, itConfig, databaseFromEnv: '/srv/data/w.db' })).toEqual({
      databasePath: path.join('/var/lib/waakzaam', 'waakzaam.db'),
      migrationsFolder: path.join('/src/waakzaam', 'db', 'migrations'),
      backup: { folder: '/srv/backup/waakzaam', keep: 14, intervalMinutes: 30 },
    });
  });

  it('keeps backups in a folder beside the database when IT named none, with the default retention and interval', () => {
    expect(resolveAppPaths({ ...facts, itConfig: { ...itConfigDefaults, databaseFolder: '/var/lib/waakzaam' } }).backup).toEqual({
      folder: path.join('/var/lib/waakzaam', 'back-ups'),
      keep: 30,
      intervalMinutes: 15,
    });
    expect(resolveAppPaths(facts).backup.folder).toBe(path.join('/home/u/.config/Waakzaam', 'back-ups'));
  });

  it('reads migrations from the source tree in development and from resources when packaged', () => {
    expect(resolveAppPaths(facts).migrationsFolder).toBe(path.join('/src/waakzaam', 'db', 'migrations'));
    expect(resolveAppPaths({ ...facts, isPackaged: true }).migrationsFolder).toBe(path.join('/opt/Waakzaam/resources', 'migrations'));
  });
});
