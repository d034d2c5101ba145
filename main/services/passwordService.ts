import { nameKey, updateUser } from '../../db/repositories/users';
import { passwordContainsName, passwordContainsNameMessage, type ChangePasswordInput, type SessionInfo } from '../../preload/contract';
import { AppError, appMessages } from '../errors/AppError';
import { createPasswordSlot, openPasswordSlot } from '../security/keySlots';
import { findSlotByLogin, updateKeySlots } from '../security/keySlotStore';
import { runAuditedIn } from './audit/runAudited';
import { assertMayAttempt, failAttempt } from './session/loginAttempts';
import type { ServiceContext } from './context';
import { withDataKeyCopy } from './session/dataKeyCopy';
import { sessionInfo } from './session/sessionInfo';
import { readSlotsOrFail } from './sessionService';

/** The user's own password: only their slot is re-wrapped; every other slot stays as it was. */
export async function changePassword(context: ServiceContext, input: ChangePasswordInput): Promise<SessionInfo> {
  const session = context.requireUnlocked();
  const { databasePath } = context.config;
  const { user } = session;
  if (passwordContainsName(input.newPassword, user.name)) {
    throw new AppError('VALIDATION', appMessages.invalidInput, { newPassword: passwordContainsNameMessage });
  }
  const login = nameKey(user.name);
  // Someone at an unlocked PC must not get free guesses at the user's password here either.
  assertMayAttempt(context, { login });
  const current = findSlotByLogin(readSlotsOrFail(databasePath), login);
  const opened = current ? await openPasswordSlot(current, input.currentPassword) : undefined;
  if (!opened) {
    failAttempt(
      context,
      { login },
      { loggedLogin: user.name, cause: 'wrongCurrentPassword' },
      new AppError('VALIDATION', appMessages.invalidInput, { currentPassword: appMessages.wrongCurrentPassword }),
    );
  }
  opened.fill(0);
  const slot = await withDataKeyCopy(session, (dataKey) => createPasswordSlot(dataKey, { userId: user.id, login }, input.newPassword));
  runAuditedIn(context, session, 'change', (db, log) => {
    updateUser(db, user.id, { mustChangePassword: false });
    log({ action: 'change', objectType: 'password', objectId: user.id, details: 'eigen wachtwoord gewijzigd' });
    // Last inside the transaction: if the slot file cannot be written, the change is not logged.
    updateKeySlots(databasePath, (file) => ({
      ...file,
      slots: file.slots.map((existing) => (existing.userId === user.id ? slot : existing)),
    }));
  });
  session.mustChangePassword = false;
  return sessionInfo(context, session);
}
