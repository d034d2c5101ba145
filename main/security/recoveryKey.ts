import { randomBytes } from 'node:crypto';

/** Crockford's base32: no I, L, O or U, so a printed key is read back without confusion. */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/** 160 random bits as 32 characters in groups of four: `ABCD-EFGH-…`. */
export function newRecoveryKey(): string {
  const bytes = randomBytes(20);
  let bits = 0;
  let value = 0;
  let text = '';
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      text += alphabet[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  bytes.fill(0);
  return text.match(/.{4}/g)!.join('-');
}

/**
 * The canonical form a typed key is compared in: case, spaces and dashes do not matter, and the
 * letters people mistake for digits are read as those digits.
 */
export function normalizeRecoveryKey(typed: string): string {
  const compact = typed
    .toUpperCase()
    .replace(/[\s-]/g, '')
    .replace(/O/g, '0')
    .replace(/[IL]/g, '1');
  return compact.match(/.{1,4}/g)?.join('-') ?? '';
}
