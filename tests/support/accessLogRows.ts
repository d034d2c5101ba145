import { iterateAccessLog, type AccessLogRow } from '../../db/repositories/accessLog';
import type { AppServices } from '../../main/services/appServices';

/** The whole access log as stored, oldest first, read on the signed-in session's connection. */
export function accessLogRows(services: AppServices): AccessLogRow[] {
  return [...iterateAccessLog(services.context.requireUnlocked().handle.db)];
}

/** The entries added after `before` entries. */
export function newEntries(services: AppServices, before: number): AccessLogRow[] {
  return accessLogRows(services).slice(before);
}
