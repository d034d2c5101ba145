import type { ServiceContext } from '../services/context';
import type { BackupRunner } from './backupRunner';

const minuteMs = 60_000;

/** Ticks the runner once a minute (counting use while unlocked); returns the stop. Never keeps the process alive. */
export function startBackupClock(runner: BackupRunner): () => void {
  const timer = setInterval(() => void runner.tick(minuteMs), minuteMs);
  timer.unref();
  return () => clearInterval(timer);
}

/** Long enough for a large database on a slow disk; a quit must not hang on a stuck disk. */
export const quitBackupTimeoutMs = 30_000;

/**
 * The backup at quit, while the session still holds the key: resolves when it is made, failed
 * (its message is kept for the next start's status and the technical log) or timed out; never
 * rejects. Without an unlocked session there is no key, and nothing to do: the lock already
 * ended the work.
 */
export async function backUpAtQuit(runner: BackupRunner, context: ServiceContext, timeoutMs = quitBackupTimeoutMs): Promise<'made' | 'failed' | 'timedOut' | 'locked'> {
  if (!context.current) return 'locked';
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<'timedOut'>((resolve) => {
    timer = setTimeout(() => resolve('timedOut'), timeoutMs);
  });
  try {
    return await Promise.race([runner.run('quit').then(() => 'made' as const, () => 'failed' as const), timedOut]);
  } finally {
    clearTimeout(timer);
  }
}
