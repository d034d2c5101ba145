import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { KeySlotFile, PasswordSlot } from './keySlots';

export function keySlotPath(databasePath: string): string {
  return `${databasePath}.keyslots.json`;
}

export function readKeySlots(databasePath: string): KeySlotFile | undefined {
  let text: string;
  try {
    text = fs.readFileSync(keySlotPath(databasePath), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  return keySlotFileSchema.parse(JSON.parse(text));
}

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

/**
 * The file lies beside the database, writable by whoever can write the folder: its KDF cost is
 * bounded so a tampered file cannot make scrypt claim gigabytes, nor drop below the floor.
 */
const passwordSlotSchema = z.object({
  id: z.string().min(1),
  kind: z.literal('password'),
  userId: z.string().min(1),
  login: z.string().min(1),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z.number().int().refine((n) => n >= 2 ** 16 && n <= 2 ** 20 && (n & (n - 1)) === 0),
    r: z.number().int().min(8).max(16),
    p: z.number().int().min(1).max(4),
    salt: base64,
  }),
  iv: base64,
  ciphertext: base64,
  tag: base64,
}) satisfies z.ZodType<PasswordSlot>;

const keySlotFileSchema = z.object({
  format: z.literal('waakzaam-keyslots'),
  version: z.literal(1),
  slots: z.array(passwordSlotSchema),
}) satisfies z.ZodType<KeySlotFile>;

export function findSlotByLogin(file: KeySlotFile, login: string): PasswordSlot | undefined {
  return file.slots.find((slot) => slot.login === login);
}

/** Written to a temporary file, flushed and renamed, so a crash leaves the old or the new file. */
export function writeKeySlots(databasePath: string, file: KeySlotFile): void {
  const target = keySlotPath(databasePath);
  const temporary = `${target}.${process.pid}.tmp`;
  const handle = fs.openSync(temporary, 'w', 0o600);
  try {
    fs.writeSync(handle, `${JSON.stringify(file, null, 2)}\n`);
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
  fs.renameSync(temporary, target);
  syncDirectory(path.dirname(target));
}

function syncDirectory(directory: string): void {
  if (process.platform === 'win32') return;
  const handle = fs.openSync(directory, 'r');
  try {
    fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
}
