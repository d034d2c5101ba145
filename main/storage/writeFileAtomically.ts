import fs from 'node:fs';
import path from 'node:path';

/**
 * Written to a temporary file and renamed, so a crash leaves the old or the new file, never half
 * of one. With `durable`, the data and the rename are flushed to disk before returning.
 */
export function writeFileAtomically(target: string, text: string, { durable = true } = {}): void {
  const temporary = `${target}.${process.pid}.tmp`;
  const handle = fs.openSync(temporary, 'w', 0o600);
  try {
    fs.writeSync(handle, text);
    if (durable) fs.fsyncSync(handle);
  } finally {
    fs.closeSync(handle);
  }
  fs.renameSync(temporary, target);
  if (durable) syncDirectory(path.dirname(target));
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
