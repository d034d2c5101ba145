import type { Db } from '../../db/client';
import { insertDisclosure, type NewDisclosure } from '../../db/repositories/disclosures';
import type { AccessObject, YouthAccess } from '../../preload/contract';
import type { Log } from './audit/runAudited';
import { underAccess } from './audit/underAccess';

interface DisclosedFile {
  disclosure: NewDisclosure;
  access: YouthAccess;
  objectType: AccessObject;
  /** What left for whom, as the access log's details begin: "voor de politie". */
  about: string;
  pageCount: number;
}

/**
 * A file that left the app, in the caller's transaction: its disclosure record and its access-log
 * entry (print or export), which under emergency access carries the grant's reason.
 */
export function recordDisclosedFile(db: Db, log: Log, { disclosure, access, objectType, about, pageCount }: DisclosedFile): void {
  insertDisclosure(db, disclosure);
  log({
    action: disclosure.output === 'print' ? 'print' : 'export',
    objectType,
    objectId: disclosure.sourceId,
    youthId: disclosure.youthId,
    ...underAccess(access, `${about}: ${disclosure.categories.length} onderdelen, ${pageCount} pagina's, sha256 ${disclosure.sha256.slice(0, 12)}`),
  });
}
