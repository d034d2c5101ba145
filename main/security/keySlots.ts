import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto';
import { deriveKey, newScryptParams, type ScryptParams } from './kdf';

/**
 * The data key that encrypts the database, wrapped (AES-256-GCM) under a key derived from one
 * user's password. The file never holds the data key itself.
 */
export interface PasswordSlot {
  id: string;
  kind: 'password';
  userId: string;
  /** Lower-cased login name, to find the slot without trying every slot's KDF. */
  login: string;
  kdf: ScryptParams;
  iv: string;
  ciphertext: string;
  tag: string;
}

export interface KeySlotFile {
  format: 'waakzaam-keyslots';
  version: 1;
  slots: PasswordSlot[];
}

export function newDataKey(): Buffer {
  return randomBytes(32);
}

/** The slot's identity is authenticated with the wrapped key, so slots cannot be swapped. */
function associatedData(slot: Pick<PasswordSlot, 'id' | 'userId' | 'login'>): Buffer {
  return Buffer.from(`waakzaam-slot:${slot.id}:${slot.userId}:${slot.login}`, 'utf8');
}

export async function createPasswordSlot(
  dataKey: Buffer,
  owner: { userId: string; login: string },
  password: string,
): Promise<PasswordSlot> {
  const kdf = newScryptParams();
  const kek = await deriveKey(password, kdf);
  const identity = { id: randomUUID(), userId: owner.userId, login: owner.login };
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', kek, iv);
  cipher.setAAD(associatedData(identity));
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  kek.fill(0);
  return {
    ...identity,
    kind: 'password',
    kdf,
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** Returns the data key, or undefined when the password does not open this slot. */
export async function openPasswordSlot(slot: PasswordSlot, password: string): Promise<Buffer | undefined> {
  const kek = await deriveKey(password, slot.kdf);
  try {
    const decipher = createDecipheriv('aes-256-gcm', kek, Buffer.from(slot.iv, 'base64'));
    decipher.setAAD(associatedData(slot));
    decipher.setAuthTag(Buffer.from(slot.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(slot.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return undefined;
  } finally {
    kek.fill(0);
  }
}

/**
 * Costs the same KDF time as a real attempt, so a wrong user name cannot be told apart
 * from a wrong password by how long the answer takes.
 */
export async function spendFailedAttempt(password: string): Promise<void> {
  (await deriveKey(password, newScryptParams())).fill(0);
}
