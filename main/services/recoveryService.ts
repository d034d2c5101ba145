import { openDatabase } from '../../db/client';
import { findActiveUserByName, nameKey, updateUser } from '../../db/repositories/users';
import type { RecoveryInput, SessionInfo } from '../../preload/contract';
import { AppError, appMessages } from '../errors/AppError';
import { createPasswordSlot, createRecoverySlot, openRecoverySlot } from '../security/keySlots';
import { updateKeySlots } from '../security/keySlotStore';
import { newRecoveryKey, normalizeRecoveryKey } from '../security/recoveryKey';
import { runAuditedIn } from './audit/runAudited';
import type { ServiceContext } from './context';
import { withDataKeyCopy } from './session/dataKeyCopy';
import { assertMayAttempt, clearAttempts, failAttempt } from './session/loginAttempts';
import { openSession } from './session/openSession';
import { lock, readSlotsOrFail } from './sessionService';

/**
 * Every password forgotten: the recovery key opens the database and gives an administrator a
 * new password (their old slot is replaced). Logged as a recovery by that administrator.
 */
export async function recover(context: ServiceContext, input: RecoveryInput): Promise<SessionInfo> {
  const { databasePath } = context.config;
  if (context.current) lock(context, 'switchUser');
  assertMayAttempt(context, 'recoveryKey');
  const slots = readSlotsOrFail(databasePath);
  if (!slots.recovery) throw new AppError('NOT_FOUND', appMessages.noRecoveryKey);
  const dataKey = await openRecoverySlot(slots.recovery, normalizeRecoveryKey(input.recoveryKey));
  if (!dataKey) {
    failAttempt(context, 'recoveryKey', { loggedLogin: null, cause: 'wrongRecoveryKey' }, new AppError('WRONG_CREDENTIALS', appMessages.wrongRecoveryKey));
  }
  try {
    const admin = findAdministrator(context, dataKey, input.name);
    const login = nameKey(admin.name);
    const slot = await createPasswordSlot(dataKey, { userId: admin.id, login }, input.newPassword);
    const info = openSession(context, dataKey, { userId: admin.id, name: admin.name }, (session, log) => {
      updateUser(session.handle.db, admin.id, { mustChangePassword: false });
      log({ action: 'recovery', objectType: 'recoveryKey', details: 'database geopend met de herstelsleutel' });
      log({ action: 'change', objectType: 'password', objectId: admin.id, details: 'nieuw wachtwoord via de herstelsleutel' });
      // Last step inside the transaction: if the slot file cannot be written, nothing is logged.
      updateKeySlots(databasePath, (file) => ({
        ...file,
        slots: [...file.slots.filter((existing) => existing.userId !== admin.id), slot],
        disabled: (file.disabled ?? []).filter((entry) => entry.login !== login),
      }));
    });
    // Like a login, a successful recovery starts the count of wrong keys over.
    clearAttempts(context, ['recoveryKey']);
    return info;
  } finally {
    dataKey.fill(0);
  }
}

/** Read-only: nothing is written before the whole recovery can be logged. */
function findAdministrator(context: ServiceContext, dataKey: Buffer, name: string) {
  const handle = openDatabase({ path: context.config.databasePath, dataKey, migrationsFolder: context.config.migrationsFolder, readOnly: true });
  try {
    const user = findActiveUserByName(handle.db, name);
    if (!user || user.role !== 'administrator') throw new AppError('NOT_FOUND', appMessages.notAnAdministrator);
    return user;
  } finally {
    handle.close();
  }
}

/** A new recovery key replaces the old one at once; shown once to the administrator. */
export async function replaceRecoveryKey(context: ServiceContext): Promise<{ recoveryKey: string }> {
  const session = context.require('manageAccounts');
  const recoveryKey = newRecoveryKey();
  const slot = await withDataKeyCopy(session, (dataKey) => createRecoverySlot(dataKey, recoveryKey, context.nowIso()));
  runAuditedIn(context, session, 'change', (_db, log) => {
    log({ action: 'create', objectType: 'recoveryKey', details: 'nieuwe herstelsleutel; de vorige werkt niet meer' });
    updateKeySlots(context.config.databasePath, (file) => ({ ...file, recovery: slot }));
  });
  return { recoveryKey };
}
