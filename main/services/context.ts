import type { DatabaseHandle } from '../../db/client';
import type { SessionUser } from '../../preload/contract';
import { AppError, appMessages } from '../errors/AppError';
import type { Logger } from '../logging/logger';

export interface ServiceConfig {
  databasePath: string;
  migrationsFolder: string;
  logger: Logger;
  /** Injected so services and tests agree on "now" without reading the clock in domain code. */
  now?: () => Date;
}

export interface UnlockedSession {
  handle: DatabaseHandle;
  user: SessionUser;
}

/** The state main keeps between calls: at most one open database and its signed-in user. */
export class ServiceContext {
  private session: UnlockedSession | undefined;
  private sessionChanges: Promise<unknown> = Promise.resolve();

  constructor(readonly config: ServiceConfig) {}

  nowIso(): string {
    return (this.config.now?.() ?? new Date()).toISOString();
  }

  get current(): UnlockedSession | undefined {
    return this.session;
  }

  /**
   * Runs setup, unlock and lock one after another: their key derivation awaits, and two of
   * them interleaving (a double click, two windows) must not both open or create a database.
   */
  exclusive<T>(change: () => Promise<T> | T): Promise<T> {
    const run = this.sessionChanges.then(change, change);
    this.sessionChanges = run.catch(() => undefined);
    return run;
  }

  requireUnlocked(): UnlockedSession {
    if (!this.session) throw new AppError('LOCKED', appMessages.locked);
    return this.session;
  }

  begin(session: UnlockedSession): void {
    this.end();
    this.session = session;
  }

  /** Closing the connection drops SQLite's copy of the key and its page cache. */
  end(): void {
    const session = this.session;
    this.session = undefined;
    session?.handle.close();
  }
}
