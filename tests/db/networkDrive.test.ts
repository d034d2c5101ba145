import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../db/client';
import { databaseMessages } from '../../db/errors';
import { isUncPath, storageLocation, systemLocationFacts, type LocationFacts } from '../../db/networkLocation';
import { migrationsFolder, snapshotFolder, tempDir } from '../support/tempDatabase';

const ext4 = 0xef53;
const on = (platform: NodeJS.Platform, type = ext4): LocationFacts => ({ platform, fileSystemType: () => type });

describe('network locations', () => {
  it.each([
    ['\\\\server\\share\\waakzaam\\waakzaam.db', true],
    ['//server/share/waakzaam.db', true],
    ['\\\\?\\UNC\\server\\share\\waakzaam.db', true],
    ['\\\\fileserver.zorg.local\\data$\\w.db', true],
    ['\\\\?\\C:\\ProgramData\\Waakzaam\\waakzaam.db', false],
    ['\\\\.\\pipe\\waakzaam', false],
    ['C:\\ProgramData\\Waakzaam\\waakzaam.db', false],
    ['Z:\\waakzaam.db', false],
    ['/var/lib/waakzaam/waakzaam.db', false],
    ['\\\\server', false],
  ])('%s is a UNC path: %s', (candidate, expected) => {
    expect(isUncPath(candidate)).toBe(expected);
  });

  it.each([
    [0x6969, 'NFS'],
    [0x517b, 'SMB'],
    [0xff534d42, 'CIFS (SMB)'],
    [0xfe534d42, 'SMB2/SMB3'],
    [0x5346414f, 'AFS'],
    [0x6b414653, 'AFS (kAFS)'],
    [0x01021997, '9p'],
    [0x65735546, 'FUSE (bijvoorbeeld sshfs of een netwerkkoppeling)'],
  ])('on Linux, file system type %i is a network drive (%s)', (type, name) => {
    expect(storageLocation('/mnt/gedeeld/waakzaam.db', on('linux', type))).toEqual({ kind: 'network', what: `een netwerkschijf (${name})` });
  });

  it.each([
    ['ext4', ext4],
    ['xfs', 0x58465342],
    ['btrfs', 0x9123683e],
    ['tmpfs', 0x01021994],
    ['overlayfs', 0x794c7630],
  ])('on Linux, %s is local', (_name, type) => {
    expect(storageLocation('/var/lib/waakzaam/waakzaam.db', on('linux', type))).toEqual({ kind: 'local' });
  });

  it('refuses UNC paths on every platform, and reads no file system type off Linux', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      expect(storageLocation('\\\\server\\share\\waakzaam.db', on(platform)).kind).toBe('network');
    }
    const neverAsked: LocationFacts = { platform: 'win32', fileSystemType: () => expect.unreachable() };
    expect(storageLocation('C:\\ProgramData\\Waakzaam\\waakzaam.db', neverAsked)).toEqual({ kind: 'local' });
  });

  it('asks about the nearest folder that exists, for a database still to be made', () => {
    const dir = tempDir();
    const asked: string[] = [];
    storageLocation(path.join(dir, 'nog', 'niet', 'waakzaam.db'), { platform: 'linux', fileSystemType: (folder) => (asked.push(folder), ext4) });
    expect(asked).toEqual([dir]);
  });

  it('finds this test machine’s temp folder local', () => {
    expect(storageLocation(path.join(tempDir(), 'w.db'), systemLocationFacts)).toEqual({ kind: 'local' });
  });
});

describe('opening a database on a network drive', () => {
  const dataKey = Buffer.from('7e'.repeat(32), 'hex');
  const cifs: LocationFacts = on('linux', 0xff534d42);

  it('is refused for writing with a Dutch message, without touching the file, and allowed read-only', () => {
    const dir = tempDir();
    const databasePath = path.join(dir, 'waakzaam.db');
    openDatabase({ path: databasePath, dataKey, migrationsFolder, create: true }).close();
    const before = snapshotFolder(dir);

    expect(() => openDatabase({ path: databasePath, dataKey, migrationsFolder, location: cifs })).toThrow(
      expect.objectContaining({ code: 'DB_NETWORK_DRIVE', message: databaseMessages.networkDrive('een netwerkschijf (CIFS (SMB))') }),
    );
    expect(snapshotFolder(dir)).toEqual(before);

    // Verifying a backup that IT keeps on a share only reads.
    openDatabase({ path: databasePath, dataKey, migrationsFolder, readOnly: true, location: cifs }).close();
  });

  it('creates no new database there either', () => {
    const dir = tempDir();
    const databasePath = path.join(dir, 'waakzaam.db');
    expect(() => openDatabase({ path: databasePath, dataKey, migrationsFolder, create: true, location: cifs })).toThrow(
      expect.objectContaining({ code: 'DB_NETWORK_DRIVE' }),
    );
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
