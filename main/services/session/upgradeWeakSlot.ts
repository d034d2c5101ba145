import { isBelowDefault } from '../../security/kdf';
import { createPasswordSlot, type PasswordSlot } from '../../security/keySlots';
import { updateKeySlots } from '../../security/keySlotStore';
import type { ServiceContext } from '../context';
import { withDataKeyCopy } from './dataKeyCopy';

/**
 * A slot made with cheaper KDF settings than today's (but above the floor) is re-wrapped with
 * the current settings right after a successful login, while the password is at hand.
 */
export async function upgradeWeakSlot(context: ServiceContext, slot: PasswordSlot, password: string): Promise<void> {
  const session = context.current;
  if (!session || !isBelowDefault(slot.kdf)) return;
  try {
    const stronger = await withDataKeyCopy(session, (dataKey) => createPasswordSlot(dataKey, { userId: slot.userId, login: slot.login }, password));
    // Under the database's write lock, like every other slot-file change, so another process
    // cannot interleave its read-modify-write (a disable, a reset) with this one.
    session.handle.transaction(
      () =>
        updateKeySlots(context.config.databasePath, (file) => ({
          ...file,
          slots: file.slots.map((existing) => (existing.id === slot.id ? stronger : existing)),
        })),
      { immediate: true },
    );
  } catch (error) {
    context.config.logger.error('key slot upgrade failed', error);
  }
}
