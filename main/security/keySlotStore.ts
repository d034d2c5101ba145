import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { writeFileAtomically } from '../storage/writeFileAtomically';
import type { KeySlotFile, PasswordSlot, RecoverySlot } from './keySlots';

export function keySlotPath(databasePath: string): string {
  return `${databasePath}.keyslots.json`;
}

export function readKeySlots(databasePath: string): KeySlotFile | undefined {
  let text: string;
  try {
    text = fs.readFileSync(keySlotPath(databasePath), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    if (!adoptStagedKeySlots(databasePath)) return undefined;
    text = fs.readFileSync(keySlotPath(databasePath), 'utf8');
  }
  return keySlotFileSchema.parse(JSON.parse(text));
}

const stagingMarker = '.setup-';

/** Setup writes the slot file under a staging name first, and renames it once the database is in place. */
export function writeStagedKeySlots(databasePath: string, file: KeySlotFile, stagingId: string): string {
  const staged = `${keySlotPath(databasePath)}${stagingMarker}${stagingId}`;
  writeFileAtomically(staged, `${JSON.stringify(file, null, 2)}\n`);
  return staged;
}

/**
 * A setup that crashed between putting the database in place and renaming its slot file leaves
 * the database and one staged slot file: that file belongs to it. With none, or several (two
 * setups raced and crashed), nothing is guessed.
 */
function adoptStagedKeySlots(databasePath: string): boolean {
  if (!fs.existsSync(databasePath)) return false;
  const target = keySlotPath(databasePath);
  const prefix = `${path.basename(target)}${stagingMarker}`;
  const staged = fs.readdirSync(path.dirname(target)).filter((name) => name.startsWith(prefix) && !name.endsWith('.tmp'));
  if (staged.length !== 1) return false;
  fs.renameSync(path.join(path.dirname(target), staged[0]!), target);
  return true;
}

const base64 = z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/);

/**
 * The file lies beside the database, writable by whoever can write the folder: its KDF cost is
 * bounded so a tampered file cannot make scrypt claim gigabytes. A cost below the app's floor
 * still parses, so that slot alone is refused with its own message (see `isBelowFloor`).
 */
const wrappedKeyShape = {
  id: z.string().min(1),
  kdf: z.object({
    name: z.literal('scrypt'),
    N: z.number().int().refine((n) => n >= 2 ** 10 && n <= 2 ** 20 && (n & (n - 1)) === 0),
    r: z.number().int().min(1).max(16),
    p: z.number().int().min(1).max(4),
    salt: base64,
  }),
  iv: base64,
  ciphertext: base64,
  tag: base64,
};

const passwordSlotSchema = z.object({
  ...wrappedKeyShape,
  kind: z.literal('password'),
  userId: z.string().min(1),
  login: z.string().min(1),
}) satisfies z.ZodType<PasswordSlot>;

const recoverySlotSchema = z.object({
  ...wrappedKeyShape,
  kind: z.literal('recovery'),
  createdAt: z.string(),
}) satisfies z.ZodType<RecoverySlot>;

const keySlotFileSchema = z.object({
  format: z.literal('waakzaam-keyslots'),
  version: z.literal(1),
  slots: z.array(passwordSlotSchema),
  recovery: recoverySlotSchema.optional(),
  disabled: z.array(z.object({ login: z.string().min(1), disabledAt: z.string() })).optional(),
}) satisfies z.ZodType<KeySlotFile>;

export function findSlotByLogin(file: KeySlotFile, login: string): PasswordSlot | undefined {
  return file.slots.find((slot) => slot.login === login);
}

export function writeKeySlots(databasePath: string, file: KeySlotFile): void {
  writeFileAtomically(keySlotPath(databasePath), `${JSON.stringify(file, null, 2)}\n`);
}

/** Reads, changes and writes the slot file; the change sees the file as it is on disk now. */
export function updateKeySlots(databasePath: string, change: (file: KeySlotFile) => KeySlotFile): KeySlotFile {
  const current = readKeySlots(databasePath);
  if (!current) throw new Error('The key slot file is missing.');
  const next = change(current);
  writeKeySlots(databasePath, next);
  return next;
}
