import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { nameKey } from '../../db/repositories/users';
import { appMessages } from '../../main/errors/AppError';
import * as kdf from '../../main/security/kdf';
import { createPasswordSlot, openPasswordSlot, type KeySlotFile, type PasswordSlot } from '../../main/security/keySlots';
import { keySlotPath, readKeySlots, writeKeySlots } from '../../main/security/keySlotStore';
import { unwrapDataKey } from '../../main/services/sessionService';
import { accessLogRows } from '../support/accessLogRows';
import { signIn, staff } from '../support/staff';
import { expectOk, staffedServices } from '../support/tempDatabase';

/** New slots get today's KDF settings, unless a test asks once for cheaper ones. */
vi.mock('../../main/security/kdf', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../main/security/kdf')>();
  return { ...original, newScryptParams: vi.fn(original.newScryptParams) };
});

/** A real slot for the worker's password, made with the given cost (as an older app or an attacker might). */
async function workerSlotWithCost(databasePath: string, N: number): Promise<PasswordSlot> {
  const { dataKey, slot } = await unwrapDataKey(databasePath, staff.worker);
  vi.mocked(kdf.newScryptParams).mockReturnValueOnce({ name: 'scrypt', N, r: 8, p: 1, salt: randomBytes(16).toString('base64') });
  try {
    const weak = await createPasswordSlot(dataKey, { userId: slot.userId, login: slot.login }, staff.worker.password);
    expect(weak.kdf.N).toBe(N);
    // It really opens with the password: a refusal below is the floor's doing, not a broken slot.
    expect((await openPasswordSlot(weak, staff.worker.password))?.equals(dataKey)).toBe(true);
    return weak;
  } finally {
    dataKey.fill(0);
  }
}

function replaceWorkerSlot(databasePath: string, replacement: PasswordSlot): KeySlotFile {
  const file = readKeySlots(databasePath)!;
  const next = { ...file, slots: file.slots.map((slot) => (slot.login === replacement.login ? replacement : slot)) };
  writeKeySlots(databasePath, next);
  return next;
}

const downgrade = { ok: false, error: { code: 'KEY_SLOT_DOWNGRADE', message: appMessages.keySlotDowngrade } };

describe('key slot strength', () => {
  it('refuses a slot below the floor (2^16 · 8) even with the right password, and counts it as a failed login', async () => {
    const services = await staffedServices();
    const { router, databasePath } = services;
    const weak = await workerSlotWithCost(databasePath, 2 ** 14);
    replaceWorkerSlot(databasePath, weak);
    expect(await router('session.unlock', staff.worker)).toEqual(downgrade);
    expect(expectOk(await router('session.status', undefined))).toEqual({ state: 'locked' });
    // The slot is left as it was: only the administrator's reset replaces it.
    expect(readKeySlots(databasePath)!.slots.find((slot) => slot.login === weak.login)).toEqual(weak);

    await signIn(services, 'officer');
    const failed = accessLogRows(services).filter((row) => row.action === 'loginFailed');
    expect(failed).toEqual([
      expect.objectContaining({ userName: staff.worker.name, role: 'groupWorker', details: 'sleutelslot onder de minimale sterkte geweigerd (bewaard buiten de database tot deze login)' }),
    ]);
  });

  it('refuses a slot whose stored cost was lowered by editing the file', async () => {
    const { router, databasePath } = await staffedServices();
    const file = JSON.parse(fs.readFileSync(keySlotPath(databasePath), 'utf8')) as KeySlotFile;
    const slot = file.slots.find((candidate) => candidate.login === nameKey(staff.worker.name))!;
    slot.kdf.N = 2 ** 14;
    fs.writeFileSync(keySlotPath(databasePath), JSON.stringify(file));
    expect(await router('session.unlock', staff.worker)).toEqual(downgrade);
    // Other accounts are not affected.
    expectOk(await router('session.unlock', staff.lead));
  });

  it('opens a slot between the floor and the default and re-wraps it with the default at that login', async () => {
    const services = await staffedServices();
    const { router, databasePath } = services;
    const older = await workerSlotWithCost(databasePath, kdf.scryptFloor.N);
    const file = replaceWorkerSlot(databasePath, older);
    const others = file.slots.filter((slot) => slot.login !== older.login);

    expectOk(await router('session.unlock', staff.worker));
    const after = readKeySlots(databasePath)!;
    const upgraded = after.slots.find((slot) => slot.login === older.login)!;
    expect(upgraded.id).not.toBe(older.id);
    expect(upgraded).toMatchObject({ userId: older.userId, kdf: { ...kdf.defaultScryptCost } });
    expect(after.slots.filter((slot) => slot.login !== older.login)).toEqual(others);
    expect(after.recovery).toEqual(file.recovery);

    services.close();
    expectOk(await router('session.unlock', staff.worker));
  });
});
