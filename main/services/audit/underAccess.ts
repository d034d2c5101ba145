import type { YouthAccess } from '../../../preload/contract';

/**
 * An access-log entry's reason and details for work on a youth: under emergency access the
 * grant's reason goes with every entry and the details say so, so a review finds each of them.
 */
export function underAccess(access: YouthAccess, details: string): { reason: string | null; details: string } {
  return access.kind === 'emergency' ? { reason: access.reason, details: `${details}; via noodtoegang` } : { reason: null, details };
}
