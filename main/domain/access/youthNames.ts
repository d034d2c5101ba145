import type { Role } from '../../../preload/contract';

/**
 * Organisation-wide lists (the access log, the disclosure register) name youths only for the
 * aandachtsfunctionaris; the administrator, who has no access to youth files, sees a short
 * reference that still lets them ask the officer about a line.
 */
export const mayReadYouthNames = (viewer: Role) => viewer === 'traffickingOfficer';

export const youthReference = (youthId: string) => `J-${youthId.slice(0, 8)}`;
