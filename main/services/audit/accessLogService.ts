import type { Db } from '../../../db/client';
import { accessLogForYouth, iterateAccessLog, lastAccessLogRow, searchAccessLog, type AccessLogQuery, type AccessLogRow } from '../../../db/repositories/accessLog';
import { getYouth } from '../../../db/repositories/youths';
import type { AccessLogEntry, AccessLogFilter, AccessLogPage, Role } from '../../../preload/contract';
import { mayReadYouthNames, youthReference } from '../../domain/access/youthNames';
import { accessLogCsv } from '../../domain/audit/accessLogCsv';
import { csvFileName, csvTime } from '../../domain/csv/excelCsv';
import { localDayRange } from '../../domain/dates/localDayRange';
import { AppError, appMessages } from '../../errors/AppError';
import type { ServiceContext } from '../context';
import { runAudited } from './runAudited';

/**
 * The officer sees youths' names and the reasons given; the administrator, who has no access to
 * youth files, a short reference that still lets them ask the officer about an entry, and no
 * reasons (an emergency reason describes the youth's situation).
 */
function entryView(db: Db, viewer: Role): (row: AccessLogRow) => AccessLogEntry {
  const label = youthLabeler(db, viewer);
  const mayReadReasons = viewer === 'traffickingOfficer';
  return (row) => toEntry(row, label, mayReadReasons);
}

function youthLabeler(db: Db, viewer: Role): (youthId: string | null) => string | null {
  const names = new Map<string, string>();
  return (youthId) => {
    if (!youthId) return null;
    if (!mayReadYouthNames(viewer)) return youthReference(youthId);
    let name = names.get(youthId);
    if (name === undefined) {
      const youth = getYouth(db, youthId);
      name = youth ? `${youth.firstName} ${youth.lastName}` : youthReference(youthId);
      names.set(youthId, name);
    }
    return name;
  };
}

const reasonWithheld = '(reden alleen zichtbaar voor de aandachtsfunctionaris)';

function toEntry(row: AccessLogRow, label: (youthId: string | null) => string | null, mayReadReasons: boolean): AccessLogEntry {
  return {
    seq: row.seq,
    at: row.at,
    userName: row.userName,
    role: row.role,
    action: row.action,
    objectType: row.objectType,
    objectId: row.objectId,
    youthId: row.youthId,
    youthLabel: label(row.youthId),
    workstation: row.workstation,
    reason: row.reason && !mayReadReasons ? reasonWithheld : row.reason,
    details: row.details,
  };
}

/** "Wie heeft dit dossier ingezien?" — newest first; looking is itself logged. */
export function accessLogForYouthFile(context: ServiceContext, youthId: string): AccessLogEntry[] {
  context.require('readYouthAccessLog');
  return runAudited(context, 'read', (db, log, session) => {
    if (!getYouth(db, youthId)) throw new AppError('NOT_FOUND', appMessages.youthNotFound);
    const entries = accessLogForYouth(db, youthId).map(entryView(db, session.user.role));
    log({ action: 'read', objectType: 'accessLog', youthId, details: 'wie heeft dit dossier ingezien' });
    return entries;
  });
}

/** Dates are whole days on this computer's clock, `to` included. */
function toQuery(filter: AccessLogFilter): AccessLogQuery {
  return {
    ...localDayRange(filter),
    ...(filter.userName ? { userName: filter.userName } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.youthId ? { youthId: filter.youthId } : {}),
  };
}

export function searchLog(context: ServiceContext, filter: AccessLogFilter): AccessLogPage {
  context.require('readAccessLog');
  return runAudited(context, 'read', (db, log, session) => {
    const upToSeq = filter.upToSeq ?? lastAccessLogRow(db)?.seq ?? 0;
    const { rows, total } = searchAccessLog(db, { ...toQuery(filter), upToSeq }, { limit: filter.limit ?? 200, offset: filter.offset ?? 0 });
    log({ action: 'read', objectType: 'accessLog', details: 'toegangslog doorzocht' });
    return { entries: rows.map(entryView(db, session.user.role)), total, upToSeq };
  });
}

/** The filtered log as CSV, oldest first; the export is an access-log entry of its own. */
export function exportLogCsv(context: ServiceContext, filter: AccessLogFilter): { fileName: string; csv: string } {
  context.require('readAccessLog');
  return runAudited(context, 'change', (db, log, session) => {
    const rows = [...iterateAccessLog(db, toQuery(filter))];
    log({ action: 'export', objectType: 'accessLog', details: `CSV met ${rows.length} regels` });
    const csv = accessLogCsv(rows.map(entryView(db, session.user.role)), csvTime);
    return { fileName: csvFileName('toegangslog', context.nowIso()), csv };
  });
}
