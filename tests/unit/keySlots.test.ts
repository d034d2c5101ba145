import { describe, expect, it } from 'vitest';
import { defaultScryptCost, isBelowDefault, isBelowFloor, scryptFloor } from '../../main/security/kdf';
import { createPasswordSlot, createRecoverySlot, newDataKey, openPasswordSlot, openRecoverySlot } from '../../main/security/keySlots';

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

  it('refuse a cost below the floor of 2^16 · 8 and re-wrap one below today\'s default', () => {
    const params = (N: number, r = 8, p = 1) => ({ name: 'scrypt' as const, N, r, p, salt: 'AAAA' });
    expect(isBelowFloor(params(2 ** 14))).toBe(true);
    expect(isBelowFloor(params(2 ** 15))).toBe(true);
    expect(isBelowFloor(params(2 ** 16, 4))).toBe(true);
    expect(isBelowFloor(params(scryptFloor.N))).toBe(false);
    // Memory is what counts: half the N with twice the r is as strong.
    expect(isBelowFloor(params(2 ** 15, 16))).toBe(false);
    expect(isBelowDefault(params(2 ** 16))).toBe(true);
    expect(isBelowDefault(params(defaultScryptCost.N))).toBe(false);
    expect(isBelowDefault(params(2 ** 18))).toBe(false);
  });
});

describe('the recovery slot', () => {
  it('gives back the data key for the recovery key only, and cannot be relabelled', async () => {
    const dataKey = newDataKey();
    const slot = await createRecoverySlot(dataKey, 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789', '2026-11-23T09:00:00.000Z');
    expect(slot).toMatchObject({ kind: 'recovery', createdAt: '2026-11-23T09:00:00.000Z', kdf: { ...defaultScryptCost } });
    expect((await openRecoverySlot(slot, 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789'))?.equals(dataKey)).toBe(true);
    expect(await openRecoverySlot(slot, 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6788')).toBeUndefined();
    expect(await openRecoverySlot({ ...slot, id: 'ander-slot' }, 'ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789')).toBeUndefined();
  });
});
