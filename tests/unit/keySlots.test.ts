import { describe, expect, it } from 'vitest';
import { defaultScryptCost } from '../../main/security/kdf';
import { createPasswordSlot, newDataKey, openPasswordSlot } from '../../main/security/keySlots';

describe('password key slots', () => {
  it('give back the data key for the right password only', async () => {
    const dataKey = newDataKey();
    const slot = await createPasswordSlot(dataKey, { userId: 'u1', login: 'anna' }, 'goed wachtwoord 1');
    expect(slot.kdf).toMatchObject({ name: 'scrypt', ...defaultScryptCost });
    expect(JSON.stringify(slot)).not.toContain(dataKey.toString('hex'));
    expect(JSON.stringify(slot)).not.toContain(dataKey.toString('base64'));
    expect((await openPasswordSlot(slot, 'goed wachtwoord 1'))?.equals(dataKey)).toBe(true);
    expect(await openPasswordSlot(slot, 'goed wachtwoord 2')).toBeUndefined();
  });

  it('cannot be moved to another user: the owner is authenticated with the key', async () => {
    const slot = await createPasswordSlot(newDataKey(), { userId: 'u1', login: 'anna' }, 'goed wachtwoord 1');
    expect(await openPasswordSlot({ ...slot, userId: 'u2' }, 'goed wachtwoord 1')).toBeUndefined();
    expect(await openPasswordSlot({ ...slot, login: 'bert' }, 'goed wachtwoord 1')).toBeUndefined();
  });

  it('use a memory-hard cost of at least 64 MiB', () => {
    expect(128 * defaultScryptCost.N * defaultScryptCost.r).toBeGreaterThanOrEqual(64 * 1024 * 1024);
  });
});
