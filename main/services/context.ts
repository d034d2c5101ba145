import os from 'node:os';
import type { DatabaseHandle } from '../../db/client';
import type { LockReason, SessionUser } from '../../preload/contract';
import { can, type Permission } from '../domain/access/permissions';
import { AppError, appMessages } from '../errors/AppError';
import type { BackupPolicy } from '../backup/backupRunner';
import type { Logger } from '../logging/logger';

export interface ServiceConfig {
  databasePath: string;
  migrationsFolder: string;
  /** Where, how many and how often backups are made (IT's main/config/itConfig.ts); absent on the command line. */
  backup?: BackupPolicy;
  logger: Logger;
  /** Injected so services and tests agree on "now" without reading the clock in domain code. */
  now?: () => Date;
  /** The computer's name in the access log; the OS host name by default. */
  workstation?: string;
  /** Overrides the idle-lock setting, for tests that cannot wait minutes. */
  idleLockSeconds?: number;
  /**
   * Shows a PDF made in main for printing (the Electron shell opens it in a print window). Absent
   * where nothing can print (the command line): then only saving is offered.
   */
  printPdf?: (pdf: Buffer) => Promise<void>;
  /**
   * Asks where to save a PDF made in main and writes it there (the shell's save dialog); resolves
   * to the path, or null when the user cancelled. Absent where nothing can ask (the command line).
   */
  savePdf?: (pdf: Buffer, suggestedName: string) => Promise<string | null>;
}

export interface UnlockedSession {
  handle: DatabaseHandle;
  user: SessionUser;
  /** Kept while unlocked to wrap new key slots (accounts, password changes); wiped at lock. */
  dataKey: Buffer;
  /** Signed in with a first password (set by an administrator): only a password change is allowed. */
  mustChangePassword: boolean;
}

export interface Actor {
  userId: string | null;
  userName: string | null;
  role: SessionUser['role'] | null;
  workstation: string;
}

type SessionListener = (event: { type: 'began' } | { type: 'ended'; reason: LockReason }) => void;

/** The state main keeps between calls: at most one open database and its signed-in user. */
export class ServiceContext {
  private session: UnlockedSession | undefined;
  private sessionChanges: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<SessionListener>();
  readonly workstation: string;

  constructor(readonly config: ServiceConfig) {
    this.workstation = config.workstation ?? os.hostname();
  }

  now(): Date {
    return this.config.now?.() ?? new Date();
  }

  nowIso(): string {
    return this.now().toISOString();
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

  /**
   * The signed-in session, if its role has the permission (and its first password has been
   * replaced, as the renderer also insists); otherwise a clear refusal.
   */
  require(permission: Permission): UnlockedSession {
    const session = this.requireUnlocked();
    if (session.mustChangePassword) throw new AppError('FORBIDDEN', appMessages.changePasswordFirst);
    if (!can(session.user.role, permission)) throw new AppError('FORBIDDEN', appMessages.forbidden);
    return session;
  }

  actor(): Actor {
    const user = this.session?.user;
    return { userId: user?.id ?? null, userName: user?.name ?? null, role: user?.role ?? null, workstation: this.workstation };
  }

  onSessionChange(listener: SessionListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  begin(session: UnlockedSession): void {
    this.end('switchUser');
    this.session = session;
    for (const listener of this.listeners) listener({ type: 'began' });
  }

  /**
   * Closing the connection drops SQLite's copy of the key and its page cache (every decrypted
   * record main held); the data key itself is overwritten.
   */
  end(reason: LockReason): void {
    const session = this.session;
    if (!session) return;
    this.session = undefined;
    try {
      session.handle.close();
    } finally {
      session.dataKey.fill(0);
      for (const listener of this.listeners) listener({ type: 'ended', reason });
    }
  }
}
