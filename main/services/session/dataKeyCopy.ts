import type { UnlockedSession } from '../context';

/**
 * Wrapping a slot awaits the KDF, and the session may lock meanwhile, wiping its key: the work
 * gets its own copy, wiped when it is done.
 */
export async function withDataKeyCopy<T>(session: UnlockedSession, work: (dataKey: Buffer) => Promise<T>): Promise<T> {
  const copy = Buffer.from(session.dataKey);
  try {
    return await work(copy);
  } finally {
    copy.fill(0);
  }
}
