import { openDatabase, type DatabaseHandle } from '../../../db/client';
import { latestAccessLogTime } from '../../../db/repositories/accessLog';
import { findActiveUserByName, mustChangePassword, nameKey } from '../../../db/repositories/users';
import type { SessionInfo } from '../../../preload/contract';
import { isClockBehind } from '../../domain/audit/clockBehind';
import { AppError, appMessages } from '../../errors/AppError';
import { runAuditedOn, type Log } from '../audit/runAudited';
import type { ServiceContext, UnlockedSession } from '../context';
import { failureCauses } from '../../security/loginAttemptStore';
import { refuseDamagedDatabase } from './damagedDatabase';
import { clearAttempts, clearPendingEvents, pendingEvents } from './loginAttempts';
import { sessionInfo } from './sessionInfo';

const dateTime = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Amsterdam' });

/**
 * Opens the database with an unwrapped data key and signs the user in: the failed logins queued
 * since the last login and this login go into the access log together, with `extra` entries
 * (a recovery, a password reset) in the same transaction.
 */
export function openSession(
  context: ServiceContext,
  dataKey: Buffer,
  expected: { userId: string; name: string },
  extra?: (session: UnlockedSession, log: Log) => void,
): SessionInfo {
  const { databasePath, migrationsFolder } = context.config;
  let handle: DatabaseHandle;
  try {
    handle = openDatabase({ path: databasePath, dataKey, migrationsFolder });
  } catch (error) {
    throw refuseDamagedDatabase(error, { backupFolder: context.config.backup?.folder, dataKey, migrationsFolder });
  }
  let session: UnlockedSession;
  try {
    const user = findActiveUserByName(handle.db, expected.name);
    if (!user || user.id !== expected.userId) throw new AppError('WRONG_CREDENTIALS', appMessages.wrongCredentials);
    session = { handle, user, dataKey: Buffer.from(dataKey), mustChangePassword: false };
  } catch (error) {
    handle.close();
    throw error;
  }

  const notices: string[] = [];
  const queued = pendingEvents(context);
  try {
    runAuditedOn(context, session, 'change', (db, log) => {
      const latest = latestAccessLogTime(db);
      if (latest && isClockBehind(context.now(), latest)) {
        notices.push(
          `De klok van deze computer loopt achter: het toegangslog heeft al een registratie van ${dateTime.format(new Date(latest))}. Laat de datum en tijd controleren; nieuwe registraties krijgen de tijd die de computer nu aangeeft, en noodtoegang werkt pas weer als de klok klopt.`,
        );
      }
      const now = context.nowIso();
      for (const event of queued.events) {
        const owner = event.login ? findActiveUserByName(db, event.login) : undefined;
        const what = event.cause ? failureCauses[event.cause] : event.login ? 'wachtwoord onjuist' : 'onbekende gebruikersnaam';
        log({
          action: event.action,
          objectType: 'session',
          // From a file beside the database, which anyone who can write that folder can edit:
          // never dated in the future, and marked as such.
          at: event.at < now ? event.at : now,
          details: `${what} (bewaard buiten de database tot deze login)`,
          actor: { userId: owner?.id ?? null, userName: owner?.name ?? event.login, role: owner?.role ?? null, workstation: event.workstation },
        });
      }
      if (queued.dropped > 0) log({ action: 'loginFailed', objectType: 'session', details: `${queued.dropped} mislukte pogingen niet afzonderlijk bewaard (te veel)` });
      extra?.(session, log);
      log({ action: 'login', objectType: 'session' });
    });
  } catch (error) {
    session.dataKey.fill(0);
    handle.close();
    throw error;
  }
  session.mustChangePassword = mustChangePassword(handle.db, session.user.id);
  clearPendingEvents(context, queued);
  clearAttempts(context, [{ login: nameKey(session.user.name) }]);
  context.begin(session);
  return sessionInfo(context, session, notices);
}
