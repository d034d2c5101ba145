import { describe, expect, it } from 'vitest';
import { newRecoveryKey, normalizeRecoveryKey } from '../../main/security/recoveryKey';

describe('the recovery key', () => {
  it('is 32 characters of Crockford base32 (no I, L, O or U) in groups of four, different every time', () => {
    const keys = Array.from({ length: 50 }, newRecoveryKey);
    for (const key of keys) expect(key).toMatch(/^([0-9A-HJKMNP-TV-Z]{4}-){7}[0-9A-HJKMNP-TV-Z]{4}$/);
    expect(new Set(keys).size).toBe(50);
  });

  it('is read back whatever the case, spaces or dashes, with O read as 0 and I or L as 1', () => {
    const key = newRecoveryKey();
    expect(normalizeRecoveryKey(key)).toBe(key);
    expect(normalizeRecoveryKey(key.toLowerCase().replace(/-/g, ' '))).toBe(key);
    expect(normalizeRecoveryKey(`  ${key.replace(/-/g, '')}\n`)).toBe(key);
    expect(normalizeRecoveryKey('OIL0-1234')).toBe('0110-1234');
    expect(normalizeRecoveryKey('')).toBe('');
  });
});
