import { readSettings } from '../../../db/repositories/settings';
import type { SessionInfo } from '../../../preload/contract';
import type { ServiceContext, UnlockedSession } from '../context';

export function idleLockSeconds(context: ServiceContext, session: UnlockedSession): number {
  return context.config.idleLockSeconds ?? readSettings(session.handle.db).idleLockMinutes * 60;
}

export function sessionInfo(context: ServiceContext, session: UnlockedSession, notices: string[] = []): SessionInfo {
  return {
    user: session.user,
    idleLockSeconds: idleLockSeconds(context, session),
    mustChangePassword: session.mustChangePassword,
    notices,
  };
}
