import fs from 'node:fs';
import path from 'node:path';

/**
 * SQLite's file locking is unreliable on network file systems (SMB, NFS and the like): two PCs
 * may both believe they hold the write lock, and the database gets damaged. So the database
 * refuses to be opened for writing there.
 *
 * What can be seen without native calls:
 * - a UNC path (`\\server\share\…`, `//server/share/…`, `\\?\UNC\server\share\…`), everywhere;
 * - on Linux, the file system's magic number from statfs(2).
 * What cannot: a Windows drive letter mapped to a share (`Z:\`) and a share mounted on macOS
 * (whose statfs type is a per-boot index, not a fixed number). There IT must configure a local
 * folder (README, "Installatie door IT").
 */
export type StorageLocation = { kind: 'local' } | { kind: 'network'; what: string };

/** Linux statfs f_type values of network (and FUSE) file systems, from linux/magic.h. */
export const networkFileSystems: ReadonlyMap<number, string> = new Map([
  [0x6969, 'NFS'],
  [0x517b, 'SMB'],
  [0xff534d42, 'CIFS (SMB)'],
  [0xfe534d42, 'SMB2/SMB3'],
  [0x5346414f, 'AFS'],
  [0x6b414653, 'AFS (kAFS)'],
  [0x01021997, '9p'],
  [0x00c36400, 'Ceph'],
  [0x73757245, 'Coda'],
  [0x564c, 'NCP (NetWare)'],
  [0x0bd00bd0, 'Lustre'],
  // sshfs, rclone and GVFS's SMB mounts all report FUSE; local FUSE file systems (ntfs-3g) do
  // too, and are refused with them: none of them promises SQLite's locking.
  [0x65735546, 'FUSE (bijvoorbeeld sshfs of een netwerkkoppeling)'],
]);

const uncPattern = /^(?:[\\/]{2}\?[\\/]UNC[\\/]|[\\/]{2}(?![?.][\\/]))[^\\/]+[\\/][^\\/]+/i;

/** `\\server\share`, `//server/share` and `\\?\UNC\server\share`; not `\\?\C:\` or `\\.\` device paths. */
export function isUncPath(candidate: string): boolean {
  return uncPattern.test(candidate);
}

export interface LocationFacts {
  platform: NodeJS.Platform;
  /** statfs(2) f_type of the folder that holds (or will hold) the database; read on Linux only. */
  fileSystemType: (folder: string) => number;
}

export function storageLocation(databasePath: string, facts: LocationFacts): StorageLocation {
  if (isUncPath(databasePath)) return { kind: 'network', what: 'een netwerkpad (\\\\server\\share)' };
  if (facts.platform !== 'linux') return { kind: 'local' };
  const fileSystem = networkFileSystems.get(facts.fileSystemType(existingFolder(databasePath)));
  return fileSystem ? { kind: 'network', what: `een netwerkschijf (${fileSystem})` } : { kind: 'local' };
}

/** The nearest folder that exists: a new database's folder may still have to be made. */
function existingFolder(databasePath: string): string {
  let folder = path.dirname(path.resolve(databasePath));
  while (!fs.existsSync(folder) && path.dirname(folder) !== folder) folder = path.dirname(folder);
  return folder;
}

export const systemLocationFacts: LocationFacts = {
  platform: process.platform,
  fileSystemType: (folder) => fs.statfsSync(folder).type,
};
