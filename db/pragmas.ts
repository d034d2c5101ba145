import type Database from 'better-sqlite3';

type Connection = Database.Database;

/**
 * Selects SQLCipher 4 (AES-256 with an HMAC per page, so tampering is detected) and gives the
 * 256-bit data key raw (`x'…'`), so opening costs no key-derivation time. The key text is built
 * in a Buffer and wiped after use: a JS string could not be, and would linger in the heap.
 * Must run before anything reads the file.
 */
export function applyCipher(connection: Connection, dataKey: Buffer): void {
  if (dataKey.length !== 32) throw new Error('The data key must be 32 bytes.');
  connection.pragma(`cipher='sqlcipher'`);
  connection.pragma('legacy=4');
  const rawKey = Buffer.alloc(67);
  rawKey.write("x'", 0, 'latin1');
  for (let i = 0; i < 32; i++) rawKey.write(dataKey[i]!.toString(16).padStart(2, '0'), 2 + 2 * i, 'latin1');
  rawKey.write("'", 66, 'latin1');
  try {
    // `key()` comes from the multiple-ciphers build; @types/better-sqlite3 does not know it.
    (connection as Connection & { key(key: Buffer): number }).key(rawKey);
  } finally {
    rawKey.fill(0);
  }
}

/** The connection settings every open must have; asserted after setting. */
const requiredSettings = [
  { pragma: 'journal_mode', set: 'journal_mode=WAL', expect: 'wal' },
  // The library's build defaults WAL to NORMAL, which can lose the last commits on power loss.
  { pragma: 'synchronous', set: 'synchronous=FULL', expect: 2 },
  // Temporary files and memory maps bypass the page cipher.
  { pragma: 'temp_store', set: 'temp_store=MEMORY', expect: 2 },
  { pragma: 'mmap_size', set: 'mmap_size=0', expect: 0 },
  { pragma: 'secure_delete', set: 'secure_delete=ON', expect: 1 },
  { pragma: 'foreign_keys', set: 'foreign_keys=ON', expect: 1 },
  { pragma: 'busy_timeout', set: 'busy_timeout=5000', expect: 5000 },
] as const;

export function applyConnectionSettings(connection: Connection): void {
  for (const setting of requiredSettings) connection.pragma(setting.set);
  assertConnectionSettings(connection);
}

export function readConnectionSettings(connection: Connection): Record<string, unknown> {
  const settings: Record<string, unknown> = {
    cipher: connection.pragma('cipher', { simple: true }),
    legacy: Number(connection.pragma('legacy', { simple: true })),
  };
  for (const setting of requiredSettings) settings[setting.pragma] = connection.pragma(setting.pragma, { simple: true });
  return settings;
}

export function assertConnectionSettings(connection: Connection): void {
  const actual = readConnectionSettings(connection);
  const expected: Record<string, unknown> = { cipher: 'sqlcipher', legacy: 4 };
  for (const setting of requiredSettings) expected[setting.pragma] = setting.expect;
  const wrong = Object.keys(expected).filter((name) => actual[name] !== expected[name]);
  if (wrong.length > 0) {
    throw new Error(`Database settings not in force: ${wrong.map((n) => `${n}=${String(actual[n])}`).join(', ')}`);
  }
}
