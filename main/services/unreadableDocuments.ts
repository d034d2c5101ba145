import type { ReportUnreadable } from '../../db/storedDocument';
import type { Logger } from '../logging/logger';

/**
 * A stored document (or one section of it) shown as its defaults goes to the technical log, so IT
 * learns of it: its kind, the section and what was wrong, never whose it is or what it said. The
 * access log's read entry of the same moment names the youth for those allowed to see it.
 */
export function logUnreadableDocuments(logger: Logger): ReportUnreadable {
  return ({ document, section, problem }) =>
    logger.info('stored document unreadable, shown with its defaults', { document, ...(section === undefined ? {} : { section }), problem });
}
