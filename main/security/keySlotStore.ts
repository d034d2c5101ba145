import fs from 'node:fs';
import path from 'node:path';
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
  const parsed = JSON.parse(text) as KeySlotFile;
  if (parsed.format !== 'waakzaam-keyslots' || parsed.version !== 1 || !Array.isArray(parsed.slots)) {
    throw new Error('Unknown key slot file format.');
  }
  return parsed;
}

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
