import Database from 'better-sqlite3';

/**
 * Whether another connection has the database open, asked without the key. Every connection to a
 * WAL database holds a shared lock on the file while it is open, idle or not; an exclusive lock
 * therefore fails with SQLITE_BUSY exactly while some instance of the app (of any Windows user on
 * this PC) or an admin command has it open. Without the key the first page cannot be read, so a
 * free file answers SQLITE_NOTADB after the lock was granted: nothing is read or written.
 */
export function isDatabaseInUse(path: string): boolean {
  const probe = new Database(path, { fileMustExist: true, timeout: 0 });
  try {
    probe.pragma('locking_mode = EXCLUSIVE');
    probe.exec('BEGIN EXCLUSIVE');
    probe.exec('ROLLBACK');
    return false;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'SQLITE_BUSY') return true;
    if ((error as { code?: unknown }).code === 'SQLITE_NOTADB') return false;
    throw error;
  } finally {
    probe.close();
  }
}
