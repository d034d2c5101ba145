import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import { deriveKey, newScryptParams, type ScryptParams } from './kdf';

/** The data key wrapped (AES-256-GCM) under a key derived from a secret; never the key itself. */
interface WrappedKey {
  id: string;
  kdf: ScryptParams;
  iv: string;
  ciphertext: string;
  tag: string;
}

/** One user's slot, opened with their password. */
export interface PasswordSlot extends WrappedKey {
  kind: 'password';
  userId: string;
  /** Lower-cased login name, to find the slot without trying every slot's KDF. */
  login: string;
}

/** The organisation's slot, opened with the recovery key printed at setup. */
export interface RecoverySlot extends WrappedKey {
  kind: 'recovery';
  createdAt: string;
}

/** A disabled account keeps no slot; its name is kept to tell the user why login fails. */
export interface DisabledLogin {
  login: string;
  disabledAt: string;
}

export interface KeySlotFile {
  format: 'waakzaam-keyslots';
  version: 1;
  slots: PasswordSlot[];
  recovery?: RecoverySlot;
  disabled?: DisabledLogin[];
}

export function newDataKey(): Buffer {
  return randomBytes(32);
}

/** The slot's identity is authenticated with the wrapped key, so slots cannot be swapped. */
function associatedData(slot: Pick<PasswordSlot, 'id' | 'userId' | 'login'> | Pick<RecoverySlot, 'id' | 'kind'>): Buffer {
  const identity = 'login' in slot ? `waakzaam-slot:${slot.id}:${slot.userId}:${slot.login}` : `waakzaam-recovery:${slot.id}`;
  return Buffer.from(identity, 'utf8');
}

async function wrap(dataKey: Buffer, secret: string, aad: (id: string) => Buffer): Promise<WrappedKey> {
  const kdf = newScryptParams();
  const kek = await deriveKey(secret, kdf);
  const id = randomUUID();
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(aad(id));
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  kek.fill(0);
  return { id, kdf, iv: iv.toString('base64'), ciphertext: ciphertext.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

async function unwrap(slot: WrappedKey, secret: string, aad: Buffer): Promise<Buffer | undefined> {
  const kek = await deriveKey(secret, slot.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(slot.iv, 'base64'));
    decipher.setAAD(aad);
    decipher.setAuthTag(Buffer.from(slot.tag, 'base64'));
    // update() returns its own buffer with the key: wiped once copied into the result.
    const part = decipher.update(Buffer.from(slot.ciphertext, 'base64'));
    try {
      return Buffer.concat([part, decipher.final()]);
    } finally {
      part.fill(0);
    }
  } catch {
    return undefined;
  } finally {
    kek.fill(0);
  }
}

export async function createPasswordSlot(
  dataKey: Buffer,
  owner: { userId: string; login: string },
  password: string,
): Promise<PasswordSlot> {
  const wrapped = await wrap(dataKey, password, (id) => associatedData({ id, ...owner }));
  return { ...wrapped, kind: 'password', userId: owner.userId, login: owner.login };
}

/** Returns the data key, or undefined when the password does not open this slot. */
export function openPasswordSlot(slot: PasswordSlot, password: string): Promise<Buffer | undefined> {
  return unwrap(slot, password, associatedData(slot));
}

export async function createRecoverySlot(dataKey: Buffer, recoveryKey: string, createdAt: string): Promise<RecoverySlot> {
  const wrapped = await wrap(dataKey, recoveryKey, (id) => associatedData({ id, kind: 'recovery' }));
  return { ...wrapped, kind: 'recovery', createdAt };
}

export function openRecoverySlot(slot: RecoverySlot, recoveryKey: string): Promise<Buffer | undefined> {
  return unwrap(slot, recoveryKey, associatedData(slot));
}

/**
 * Costs the same KDF time as a real attempt, so a wrong user name cannot be told apart
 * from a wrong password by how long the answer takes.
 */
export async function spendFailedAttempt(secret: string): Promise<void> {
  (await deriveKey(secret, newScryptParams())).fill(0);
}
