import { listDisclosuresForYouth, searchDisclosureRegister, type DisclosureQuery } from '../../db/repositories/disclosures';
import type { DisclosureEntry, DisclosureFilter } from '../../preload/contract';
import { mayReadYouthNames } from '../domain/access/youthNames';
import { csvFileName, csvTime } from '../domain/csv/excelCsv';
import { localDayRange } from '../domain/dates/localDayRange';
import { describeDisclosureFilter } from '../domain/disclosures/describeFilter';
import { disclosureCsv } from '../domain/disclosures/disclosureCsv';
import { registerEntry } from '../domain/disclosures/registerEntry';
import { logRefusal } from './audit/logRefusal';
import { runAudited } from './audit/runAudited';
import type { ServiceContext } from './context';
import { requireAccess } from './youthService';
import { underAccess } from './audit/underAccess';

/** What left about one youth, newest first: everyone who may see the youth may see this. */
export function listYouthDisclosures(context: ServiceContext, youthId: string): DisclosureEntry[] {
  context.require('workWithYouths');
  return logRefusal(context, { attempt: 'verstrekkingen bekijken', objectType: 'disclosureRegister', youthId }, () =>
    runAudited(context, 'read', (db, log, session) => {
      const { access } = requireAccess(context, db, session, youthId);
      const entries = listDisclosuresForYouth(db, youthId).map((row) => registerEntry(row, true));
      const details = `verstrekkingen van de jongere: ${entries.length} regels`;
      log({
        action: 'read',
        objectType: 'disclosureRegister',
        youthId,
        ...underAccess(access, details),
      });
      return entries;
    }),
  );
}

function toQuery(filter: DisclosureFilter): DisclosureQuery {
  return { ...localDayRange(filter), ...(filter.document ? { document: filter.document } : {}) };
}

/** The organisation's register, newest first; youths by name only for the aandachtsfunctionaris. */
export function searchDisclosures(context: ServiceContext, filter: DisclosureFilter): DisclosureEntry[] {
  context.require('readDisclosureRegister');
  return runAudited(context, 'read', (db, log, session) => {
    const rows = searchDisclosureRegister(db, toQuery(filter));
    log({ action: 'read', objectType: 'disclosureRegister', details: `verstrekkingenregister doorzocht (${describeDisclosureFilter(filter)}): ${rows.length} regels` });
    const showYouthNames = mayReadYouthNames(session.user.role);
    return rows.map((row) => registerEntry(row, showYouthNames));
  });
}

/** The filtered register as CSV, newest first, as the screen shows it; the export is an access-log entry of its own. */
export function exportDisclosuresCsv(context: ServiceContext, filter: DisclosureFilter): { fileName: string; csv: string } {
  context.require('readDisclosureRegister');
  return runAudited(context, 'change', (db, log, session) => {
    const rows = searchDisclosureRegister(db, toQuery(filter));
    log({ action: 'export', objectType: 'disclosureRegister', details: `CSV met ${rows.length} regels (${describeDisclosureFilter(filter)})` });
    const showYouthNames = mayReadYouthNames(session.user.role);
    const csv = disclosureCsv(
      rows.map((row) => registerEntry(row, showYouthNames)),
      csvTime,
    );
    return { fileName: csvFileName('verstrekkingenregister', context.nowIso()), csv };
  });
}
